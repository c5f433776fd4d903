package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.SHANGHAI;
import static io.cityops.jobs.air.AirFixtures.STATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.Topics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.DeadLetterCodec;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.jobs.air.aqi.AqiCalculator;
import io.cityops.jobs.air.aqi.AqiReport;
import io.cityops.jobs.air.aqi.AqiStandard;
import io.cityops.jobs.air.aqi.DailyConcentrations;
import io.cityops.jobs.air.aqi.HourlyConcentrations;
import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.jobs.testing.InfluxRows;
import io.cityops.jobs.testing.JobRig;
import io.cityops.jobs.testing.LocalFlink;
import io.cityops.testing.LocalInfluxDb;
import io.cityops.testing.TestKafkaCluster;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job as the launcher runs it: a real Kafka broker (in process), the local InfluxDB, a local Flink
 * environment with parallelism 2. One station reports for two whole local days; a reading stamped
 * now pushes the event time past both days and their allowed lateness.
 */
class AirQualityJobIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWAIT = Duration.ofMinutes(3);

    private static JobRig rig;
    private static TestKafkaCluster kafka;
    private static LocalInfluxDb influx;
    private static String database;
    private static Instant dayOne;
    private static Instant dayTwo;

    @BeforeAll
    static void startTheJob() throws Exception {
        rig = JobRig.forReadingsJob("air_job_it");
        influx = rig.influx();
        database = rig.database();
        kafka = rig.kafka();

        LocalDate today = LocalDate.now(SHANGHAI);
        dayOne = today.minusDays(3).atStartOfDay(SHANGHAI).toInstant();
        dayTwo = today.minusDays(2).atStartOfDay(SHANGHAI).toInstant();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (Reading reading : AirTraffic.readings(STATION, dayOne, 48, AirTraffic::station1)) {
            records.add(record(reading.sensorId(), ReadingCodec.encode(reading)));
        }
        records.add(record("aq-wbl-0001", "{\"sensorId\":\"aq-wbl-0001\",\"kind\":".getBytes(StandardCharsets.UTF_8)));
        records.add(record("aq-wbl-9999", ReadingCodec.encode(AirFixtures.reading("aq-wbl-9999",
                dayOne.plusSeconds(600), 1, AirFixtures.values("pm25", 30)))));
        // stamped now: moves the event time past both days and the allowed lateness
        records.add(record(STATION, ReadingCodec.encode(AirFixtures.reading(STATION,
                Instant.now().minusSeconds(60), 100_000, AirTraffic.station1(0, 0)))));
        produce(records);

        AirJobConfig config = AirJobConfig.defaults(kafka.bootstrapServers(),
                        InfluxSinkConfig.defaults(influx.url(), database))
                .withConsumerGroup("air-job-it")
                .withEventTime(Duration.ofSeconds(30), Duration.ofSeconds(5))
                .withCheckpointInterval(Duration.ofSeconds(2));
        StreamExecutionEnvironment env = LocalFlink.environment();
        Catalogue catalogue = AirFixtures.wanbailin();
        rig.run(AirQualityJob.start(env, catalogue, config));
    }

    @AfterAll
    static void stopTheJob() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void hourlyAndDailyPointsReachInfluxDbWithTheCalculatorsAqi() {
        List<Map<String, JsonNode>> hourly = awaitFinalRows("SELECT * FROM air_hourly WHERE subject = 'aq-wbl-0001'", 48);
        Map<String, JsonNode> lastHour = at(hourly, dayTwo.plus(Duration.ofHours(23)));
        AqiReport expectedHour = AqiCalculator.hourly(AqiStandard.inForceAt(dayTwo.plus(Duration.ofHours(23))),
                new HourlyConcentrations(dec("10"), dec("30.05"), dec("4.05"), dec("154"), dec("127"), dec("40.5"),
                        dec("115.5"), dec("40.5"), dec("147"), dec("10")));
        assertThat(lastHour.get("aqi").asInt()).isEqualTo(expectedHour.aqi());
        assertThat(lastHour.get("category").asText()).isEqualTo(expectedHour.category().code());
        assertThat(lastHour.get("standard").asText()).isEqualTo(expectedHour.standard().label());
        assertThat(lastHour.get("iaqi_pm10").asInt()).isEqualTo(expectedHour.iaqi().get("pm10"));
        assertThat(lastHour.get("c_pm10_24h").decimalValue()).isEqualByComparingTo("115.5");
        assertThat(lastHour.get("subject_type").asText()).isEqualTo("station");
        assertThat(lastHour.get("valid").asBoolean()).isTrue();
        assertThat(lastHour.get("revision").asInt()).isZero();

        List<Map<String, JsonNode>> daily = awaitFinalRows("SELECT * FROM air_daily WHERE subject = 'aq-wbl-0001'", 2);
        Map<String, JsonNode> secondDay = at(daily, dayTwo);
        AqiReport expectedDay = AqiCalculator.daily(AqiStandard.inForceAt(dayTwo), new DailyConcentrations(
                dec("10"), dec("30.05"), dec("4.05"), dec("115.5"), dec("40.5"), dec("154"), dec("147")));
        assertThat(secondDay.get("aqi").asInt()).isEqualTo(expectedDay.aqi());
        assertThat(secondDay.get("primary").asText()).isEqualTo(String.join(",", expectedDay.primaryPollutants()));
        assertThat(secondDay.get("iaqi_o3_8h").asInt()).isEqualTo(expectedDay.iaqi().get("o3_8h"));
        assertThat(secondDay.get("valid").asBoolean()).isTrue();
    }

    @Test
    void regionsCarryTheirCoverage() {
        List<Map<String, JsonNode>> district = awaitFinalRows("SELECT * FROM air_daily WHERE subject = 'wbl'", 2);
        assertThat(district).allSatisfy(row -> {
            assertThat(row.get("subject_type").asText()).isEqualTo("region");
            assertThat(row.get("stations_reporting").asInt()).isEqualTo(1);
            assertThat(row.get("stations_expected").asInt()).isEqualTo(14);
        });
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(InfluxRows.of(influx.query(database, "SELECT * FROM air_ytd WHERE subject = 'wbl'")))
                        .singleElement().satisfies(row -> {
                            assertThat(row.get("valid_days").asInt()).isEqualTo(2);
                            assertThat(row.get("good_day_ratio_target").asDouble()).isEqualTo(72.0);
                        }));
    }

    @Test
    void indicatorsArePublishedAsJsonKeyedBySubject() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<JsonNode> daily = new ArrayList<>();
            // the whole topic, not the first batch: the dailies come last, after the hourly results and observations
            for (ConsumerRecord<String, byte[]> record : kafka.consumeAll(Topics.INDICATORS, Duration.ofSeconds(10))) {
                JsonNode json = JSON.readTree(record.value());
                if (json.path("type").asText().equals("air_daily") && record.key().equals(STATION)
                        && json.path("final").asBoolean()) {
                    daily.add(json);
                }
            }
            assertThat(daily).hasSize(2);
            assertThat(daily).allSatisfy(json -> {
                assertThat(json.path("subject").asText()).isEqualTo(STATION);
                assertThat(json.path("subjectType").asText()).isEqualTo("station");
                assertThat(json.path("aqi").isInt()).isTrue();
                assertThat(json.path("iaqi").path("pm25").isInt()).isTrue();
                assertThat(json.path("concentrations").path("pm25").isNumber()).isTrue();
                assertThat(json.path("start").asText()).endsWith("+08:00");
                assertThat(json.has("coverage")).isFalse();
            });
        });
    }

    @Test
    void invalidAndTooLateReadingsGoToTheDeadLetterTopicWithTheirReasons() {
        awaitFinalRows("SELECT * FROM air_hourly WHERE subject = 'aq-wbl-0001'", 48);
        Reading late = AirFixtures.reading(STATION, dayOne.plus(Duration.ofMinutes(7)), 200_000,
                AirFixtures.values("pm25", 99));
        produce(List.of(record(STATION, ReadingCodec.encode(late))));

        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<DeadLetter> letters = kafka.consume(Topics.READINGS_INVALID, 3, Duration.ofSeconds(10)).stream()
                    .map(r -> DeadLetterCodec.decode(r.value())).toList();
            assertThat(letters).extracting(DeadLetter::reason)
                    .containsExactlyInAnyOrder("malformed_json", "unknown_sensor", "too_late");
            assertThat(letters).filteredOn(d -> d.reason().equals("too_late")).singleElement().satisfies(d -> {
                assertThat(d.stage()).isEqualTo(DeadLetter.STAGE_EVENT_TIME);
                assertThat(d.payload()).isEqualTo(ReadingCodec.encodeToString(late));
            });
        });
    }

    @Test
    void lossAccountingCountsEveryReadingOfTheStation() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<Map<String, JsonNode>> rows = InfluxRows.of(influx.query(database,
                    "SELECT last(accepted) AS accepted FROM ingest_stats WHERE sensor = 'aq-wbl-0001' AND kind = 'air'"));
            assertThat(rows).singleElement().satisfies(row ->
                    assertThat(row.get("accepted").asLong()).isGreaterThanOrEqualTo(48 * 12 + 1));
            assertThat(InfluxRows.of(influx.query(database,
                    "SELECT last(rejected_unknown_sensor) AS n FROM ingest_stats WHERE sensor = 'aq-wbl-9999'")))
                    .singleElement().satisfies(row -> assertThat(row.get("n").asLong()).isEqualTo(1));
        });
    }

    private static List<Map<String, JsonNode>> awaitFinalRows(String query, int count) {
        List<List<Map<String, JsonNode>>> holder = new ArrayList<>();
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<Map<String, JsonNode>> rows = InfluxRows.of(influx.query(database, query));
            assertThat(rows).hasSize(count);
            assertThat(rows).allSatisfy(row -> assertThat(row.get("final").asBoolean()).isTrue());
            holder.add(rows);
        });
        return holder.get(holder.size() - 1);
    }

    private static Map<String, JsonNode> at(List<Map<String, JsonNode>> rows, Instant time) {
        return rows.stream().filter(row -> row.get("time").asLong() == time.toEpochMilli()).findFirst()
                .orElseThrow(() -> new AssertionError("no row at " + time + " in " + rows));
    }

    private static ProducerRecord<String, byte[]> record(String key, byte[] value) {
        return new ProducerRecord<>(Topics.READINGS, key, value);
    }

    private static void produce(List<ProducerRecord<String, byte[]>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
