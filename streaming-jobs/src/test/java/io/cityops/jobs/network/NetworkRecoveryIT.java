package io.cityops.jobs.network;

import static io.cityops.jobs.network.NetworkFixtures.NORTH_1;
import static io.cityops.jobs.network.NetworkFixtures.NORTH_2;
import static io.cityops.jobs.network.NetworkFixtures.SOUTH_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.jobs.testing.FailOnceAfterCheckpoint;
import io.cityops.jobs.testing.InfluxRows;
import io.cityops.jobs.testing.LocalFlink;
import io.cityops.testing.LocalInfluxDb;
import io.cityops.testing.TestKafkaCluster;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;

/**
 * The network job fails once after a completed checkpoint, while it holds periods, congestion runs and
 * the outage detector's view of every site: after recovery no KPI point is missing or doubled and the
 * silent site's outage is detected exactly once.
 */
class NetworkRecoveryIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Readings of the first four periods: three sites × (3 cells + 1 meter) × 4. */
    private static final int FIRST_PART = 3 * 4 * 4;

    @Test
    void failureAfterACheckpointLosesAndDoublesNothing() throws Exception {
        LocalInfluxDb influx = new LocalInfluxDb();
        String database = influx.createDatabase("network_recovery_it");
        Instant base = LocalDate.now(SHANGHAI).minusDays(2).atStartOfDay(SHANGHAI).toInstant();
        try (TestKafkaCluster kafka = new TestKafkaCluster()) {
            kafka.createTopic(Topics.READINGS, 2);
            produce(kafka, base, 1, 4);

            NetworkJobConfig config = NetworkJobConfig.defaults(kafka.bootstrapServers(),
                            InfluxSinkConfig.defaults(influx.url(), database))
                    .withConsumerGroup("network-recovery-it")
                    .withEventTime(Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofMinutes(1))
                    .withCheckpointInterval(Duration.ofSeconds(1))
                    .withFeedStopAfter(Duration.ofMinutes(5));
            FailOnceAfterCheckpoint failure = FailOnceAfterCheckpoint.plan("NetworkRecoveryIT", FIRST_PART);
            JobClient job = NetworkJob.start(LocalFlink.restartingEnvironment(),
                    NetworkFixtures.catalogue(), config,
                    failure.step());
            try {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        failure.checkpointed() && !rows(influx, database, "SELECT * FROM network_kpi").isEmpty());
                produce(kafka, base, 5, 8);

                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    // periods 1..7 are out (the 8th waits for later data); NORTH_1 is silent from the 5th on
                    assertThat(rows(influx, database, "SELECT * FROM network_kpi WHERE subject = '" + NORTH_2
                            + "' AND resolution = '15m'")).hasSize(7);
                    assertThat(rows(influx, database, "SELECT * FROM network_outage")).hasSize(1);
                });
                assertThat(failure.failed()).as("the injected failure happened").isTrue();
                assertThat(rows(influx, database, "SELECT * FROM network_kpi WHERE subject = 'd' AND resolution = '15m'"))
                        .hasSize(7)
                        .allSatisfy(row -> assertThat(row.get("traffic_gb").decimalValue())
                                .isEqualByComparingTo(row.get("time").asLong() < base.plus(Duration.ofMinutes(60)).toEpochMilli()
                                        ? "9" : "6"));
                assertThat(rows(influx, database, "SELECT * FROM network_outage")).singleElement().satisfies(outage -> {
                    assertThat(outage.get("site").asText()).isEqualTo(NORTH_1);
                    assertThat(outage.get("time").asLong()).isEqualTo(base.plus(Duration.ofMinutes(60)).toEpochMilli());
                    assertThat(outage.get("detected_ms").asLong()).isEqualTo(base.plus(Duration.ofMinutes(90)).toEpochMilli());
                });
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                        assertThat(rows(influx, database, "SELECT last(accepted) AS accepted, last(duplicate) AS duplicate"
                                + " FROM ingest_stats WHERE sensor = '" + NORTH_2 + "-1'"))
                                .singleElement().satisfies(row -> {
                                    assertThat(row.get("accepted").asLong()).isEqualTo(8);
                                    assertThat(row.get("duplicate").asLong()).isZero();
                                }));
            } finally {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        } finally {
            influx.dropDatabase(database);
        }
    }

    /** Periods {@code from..to} (ending 15 min × n after base): 1 GB per cell; NORTH_1 silent from the 5th. */
    private static void produce(TestKafkaCluster kafka, Instant base, int from, int to) {
        Duration offset = Duration.between(NetworkFixtures.T0, base);
        List<Reading> readings = new ArrayList<>();
        for (int period = from; period <= to; period++) {
            for (String site : List.of(NORTH_1, NORTH_2, SOUTH_1)) {
                if (site.equals(NORTH_1) && period >= 5) {
                    continue;
                }
                for (int cell = 1; cell <= 3; cell++) {
                    readings.add(NetworkFixtures.cellReading(site, cell, 15L * period, true, 40, 1.0));
                }
                readings.add(NetworkFixtures.powerReading(site, 15L * period - 5, 3000));
            }
        }
        for (Reading r : readings) {
            Reading shifted = new Reading(r.sensorId(), r.kind(), r.ts().plus(offset), r.seq(), r.values());
            kafka.produce(Topics.READINGS, shifted.sensorId(), ReadingCodec.encode(shifted));
        }
    }

    private static List<Map<String, JsonNode>> rows(LocalInfluxDb influx, String database, String query) {
        return InfluxRows.of(influx.query(database, query));
    }
}
