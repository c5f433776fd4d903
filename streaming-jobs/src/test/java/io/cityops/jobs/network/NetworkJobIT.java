package io.cityops.jobs.network;

import static io.cityops.jobs.network.NetworkFixtures.NORTH_1;
import static io.cityops.jobs.network.NetworkFixtures.NORTH_2;
import static io.cityops.jobs.network.NetworkFixtures.SOUTH_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.Topics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.DeadLetterCodec;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.jobs.testing.InfluxRows;
import io.cityops.jobs.testing.JobRig;
import io.cityops.jobs.testing.LocalFlink;
import io.cityops.testing.LocalInfluxDb;
import io.cityops.testing.TestKafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network job on real components: an in-process Kafka broker, the local InfluxDB, a local Flink
 * environment with parallelism 2. Three sites report six quarter hours of counters; {@code g5-north-001}
 * falls silent after the second (a scripted outage); then the whole feed stops, which must be one feed
 * problem, not an outage of every site.
 */
class NetworkJobIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWAIT = Duration.ofMinutes(3);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static JobRig rig;
    private static TestKafkaCluster kafka;
    private static LocalInfluxDb influx;
    private static String database;
    private static Instant base;

    @BeforeAll
    static void startTheJob() throws Exception {
        rig = JobRig.forReadingsJob("network_job_it");
        influx = rig.influx();
        database = rig.database();
        kafka = rig.kafka();

        base = LocalDate.now(SHANGHAI).minusDays(2).atStartOfDay(SHANGHAI).toInstant();
        List<Reading> readings = new ArrayList<>();
        for (int period = 1; period <= 6; period++) {
            for (String site : List.of(NORTH_1, NORTH_2, SOUTH_1)) {
                if (site.equals(NORTH_1) && period > 2) {
                    continue; // the scripted outage: nothing from this site after 00:30
                }
                for (int cell = 1; cell <= 3; cell++) {
                    readings.add(shifted(NetworkFixtures.cellReading(site, cell, 15L * period, true, 40 + cell, 1.0)));
                }
                readings.add(shifted(NetworkFixtures.powerReading(site, 15L * period - 10, 3000)));
            }
        }
        for (Reading reading : readings) {
            kafka.produce(Topics.READINGS, reading.sensorId(), ReadingCodec.encode(reading));
        }
        kafka.produce(Topics.READINGS, "g5-north-099-1", ("{\"sensorId\":\"g5-north-099-1\",\"kind\":\"network\",\"ts\":\""
                + base + "\",\"values\":{\"available\":1}}").getBytes(StandardCharsets.UTF_8));
        kafka.produce(Topics.READINGS, "aq-nowhere", ("{\"sensorId\":\"aq-nowhere\",\"kind\":\"air\",\"ts\":\""
                + base + "\",\"values\":{\"pm25\":10}}").getBytes(StandardCharsets.UTF_8));

        NetworkJobConfig config = NetworkJobConfig.defaults(kafka.bootstrapServers(),
                        InfluxSinkConfig.defaults(influx.url(), database))
                .withConsumerGroup("network-job-it")
                .withEventTime(Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofMinutes(1))
                .withCheckpointInterval(Duration.ofSeconds(1))
                .withFeedStopAfter(Duration.ofSeconds(8));
        StreamExecutionEnvironment env = LocalFlink.environment();
        Catalogue catalogue = NetworkFixtures.catalogue();
        rig.run(NetworkJob.start(env, catalogue, config));
    }

    /** The fixture's timeline starts at T0; this run's starts two days ago, so the feed is recent. */
    private static Reading shifted(Reading reading) {
        Duration offset = Duration.between(NetworkFixtures.T0, base);
        return new Reading(reading.sensorId(), reading.kind(), reading.ts().plus(offset), reading.seq(), reading.values());
    }

    @AfterAll
    static void stopTheJob() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    private static long minutes(long m) {
        return base.plus(Duration.ofMinutes(m)).toEpochMilli();
    }

    @Test
    void theScriptedOutageOfOneSiteIsInInfluxDbWhileTheOthersStayUp() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<Map<String, JsonNode>> outages = rows("SELECT * FROM network_outage");
            assertThat(outages).singleElement().satisfies(row -> {
                assertThat(row.get("site").asText()).isEqualTo(NORTH_1);
                assertThat(row.get("cause").asText()).isEqualTo("silence");
                assertThat(row.get("time").asLong()).as("its last report").isEqualTo(minutes(30));
                assertThat(row.get("detected_ms").asLong()).as("within two periods").isEqualTo(minutes(60));
                assertThat(row.get("ongoing").asBoolean()).isTrue();
            });
            List<Map<String, JsonNode>> states = rows("SELECT * FROM network_site_status WHERE time = " + minutes(75) + "ms");
            assertThat(states).hasSize(3);
            for (Map<String, JsonNode> state : states) {
                boolean silent = state.get("site").asText().equals(NORTH_1);
                assertThat(state.get("available").asInt()).as(state.get("site").asText()).isEqualTo(silent ? 0 : 1);
            }
        });
    }

    @Test
    void stoppingTheWholeFeedIsOneFeedProblemAndNoSiteOutages() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<Map<String, JsonNode>> stops = rows("SELECT * FROM network_feed WHERE alive = 0 AND changed = true");
            assertThat(stops).singleElement().satisfies(row -> {
                assertThat(row.get("feed").asText()).isEqualTo("network-oss");
                assertThat(row.get("changed").asBoolean()).isTrue();
                assertThat(row.get("time").asLong()).as("the latest report").isEqualTo(minutes(90));
            });
        });
        assertThat(rows("SELECT * FROM network_outage WHERE site <> '" + NORTH_1 + "'")).isEmpty();
        List<RuleObservation> feed = observations("feed_alive");
        assertThat(feed).anySatisfy(o -> {
            assertThat(o.value()).isEqualByComparingTo("0");
            assertThat(o.subjectType()).isEqualTo("feed");
            assertThat(o.region()).isEqualTo("d");
        });
    }

    @Test
    void kpisOfCellsSitesAndRegionsReachInfluxDb() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, JsonNode> site = single("SELECT * FROM network_kpi WHERE subject = '" + NORTH_2
                    + "' AND resolution = '15m' AND time = " + minutes(15) + "ms");
            assertThat(site.get("traffic_gb").decimalValue()).isEqualByComparingTo("3");
            assertThat(site.get("energy_kwh").decimalValue()).as("3 kW for 15 min").isEqualByComparingTo("0.75");
            assertThat(site.get("gb_per_kwh").decimalValue()).isEqualByComparingTo("4");
            assertThat(site.get("availability_pct").decimalValue()).isEqualByComparingTo("100");
            assertThat(site.get("prb_dl_pct").decimalValue()).isEqualByComparingTo("42");
            assertThat(site.get("rrc_users").decimalValue()).isEqualByComparingTo("60");

            Map<String, JsonNode> north = single("SELECT * FROM network_kpi WHERE subject = 'd-north'"
                    + " AND resolution = '15m' AND time = " + minutes(45) + "ms");
            assertThat(north.get("sites_reporting").asInt()).isEqualTo(1);
            assertThat(north.get("sites_expected").asInt()).isEqualTo(2);

            Map<String, JsonNode> district = single("SELECT * FROM network_kpi WHERE subject = 'd'"
                    + " AND resolution = 'hour' AND time = " + minutes(0) + "ms");
            // 00:00-01:00: four periods of NORTH_2 and SOUTH_1, two of NORTH_1, 3 GB each
            assertThat(district.get("traffic_gb").decimalValue()).isEqualByComparingTo("30");
            assertThat(district.get("sites_expected").asInt()).isEqualTo(3);

            Map<String, JsonNode> cell = single("SELECT * FROM network_kpi WHERE subject = '" + SOUTH_1
                    + "-2' AND resolution = '15m' AND time = " + minutes(0) + "ms");
            assertThat(cell.get("congested").asInt()).isZero();
            assertThat(cell.get("site").asText()).isEqualTo(SOUTH_1);
        });
        assertThat(observations("energy_efficiency_gb_per_kwh")).anySatisfy(o -> {
            assertThat(o.subject()).isEqualTo(NORTH_2);
            assertThat(o.value()).isEqualByComparingTo("4");
        });
        assertThat(observations("site_available")).anySatisfy(o -> {
            assertThat(o.subject()).isEqualTo(NORTH_1);
            assertThat(o.value()).isEqualByComparingTo("0");
            assertThat(o.kind()).isEqualTo(SensorKind.NETWORK);
        });
    }

    @Test
    void onlyInvalidNetworkReadingsAreDeadLetteredHere() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<DeadLetter> letters = kafka.consume(Topics.READINGS_INVALID, 1, Duration.ofSeconds(5)).stream()
                    .map(r -> DeadLetterCodec.decode(r.value())).toList();
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(letter.sensorId()).isEqualTo("g5-north-099-1");
                assertThat(letter.reason()).isEqualTo("unknown_sensor");
            });
        });
    }

    private static List<RuleObservation> observations(String indicator) {
        List<RuleObservation> found = new ArrayList<>();
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            found.clear();
            kafka.consume(Topics.INDICATORS, 1, Duration.ofSeconds(5)).stream()
                    .map(r -> RuleObservationCodec.decode(r.value()))
                    .flatMap(Optional::stream)
                    .filter(o -> o.indicator().equals(indicator))
                    .forEach(found::add);
            assertThat(found).isNotEmpty();
        });
        return found;
    }

    private static Map<String, JsonNode> single(String query) {
        List<Map<String, JsonNode>> rows = rows(query);
        assertThat(rows).as(query).hasSize(1);
        return rows.get(0);
    }

    private static List<Map<String, JsonNode>> rows(String query) {
        return InfluxRows.of(influx.query(database, query));
    }
}
