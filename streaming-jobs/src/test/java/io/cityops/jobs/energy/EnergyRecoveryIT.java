package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.ingest.Topics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
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
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The job fails once after a completed checkpoint, with a day of counters in its state, and recovers
 * from that checkpoint: afterwards every hour of the plant's coal meter is in InfluxDB once with exactly
 * its consumption, and the days and the year to date show nothing lost or counted twice.
 */
class EnergyRecoveryIT {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ZoneId SHANGHAI = CATALOGUE.timeZone();
    private static final String PLANT = "em-wbl-0001";
    /** Readings of the first day: 00:00 to 23:45. */
    private static final int DAY = 96;

    @Test
    void failureAfterACheckpointLosesAndDoublesNothing() throws Exception {
        LocalInfluxDb influx = new LocalInfluxDb();
        String database = influx.createDatabase("energy_recovery_it");
        try (TestKafkaCluster kafka = new TestKafkaCluster()) {
            kafka.createTopic(Topics.READINGS, 2);
            Instant dayOne = LocalDate.now(SHANGHAI).minusDays(3).atStartOfDay(SHANGHAI).toInstant();
            // Every 15 minutes +30,000 kg of raw coal for two days: 120,000 kg = 85.716 tce an hour.
            List<Reading> traffic = new ArrayList<>();
            for (int i = 0; i <= 2 * DAY; i++) {
                traffic.add(new Reading(PLANT, SensorKind.ENERGY, dayOne.plus(Duration.ofMinutes(15L * i)), (long) i,
                        Map.of("coal_kg", 1_000_000 + 30_000.0 * i)));
            }
            produce(kafka, traffic.subList(0, DAY));

            EnergyJobConfig config = EnergyJobConfig.defaults(kafka.bootstrapServers(), InfluxSinkConfig.defaults(influx.url(), database))
                    .withConsumerGroup("energy-recovery-it")
                    .withEventTime(Duration.ofSeconds(30), Duration.ofSeconds(5))
                    .withCheckpointInterval(Duration.ofSeconds(2));
            FailOnceAfterCheckpoint failure = FailOnceAfterCheckpoint.plan("EnergyRecoveryIT", DAY);
            JobClient job = EnergyJob.start(LocalFlink.restartingEnvironment(), CATALOGUE, config,
                    failure.step());
            try {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        failure.checkpointed() && rows(influx, database, hourly(dayOne)).size() >= 20);
                produce(kafka, traffic.subList(DAY, traffic.size()));
                // stamped now with the counter unchanged: moves the event time on, consumes nothing
                produce(kafka, List.of(new Reading(PLANT, SensorKind.ENERGY, Instant.now().minusSeconds(60), 100_000L,
                        Map.of("coal_kg", 1_000_000 + 30_000.0 * 2 * DAY))));

                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    List<Map<String, JsonNode>> hours = rows(influx, database, hourly(dayOne));
                    assertThat(hours).hasSize(48);
                    assertThat(hours).allSatisfy(row -> {
                        assertThat(row.get("coal_kg").decimalValue()).isEqualByComparingTo("120000");
                        assertThat(row.get("tce").decimalValue()).isEqualByComparingTo("85.716");
                    });
                });
                assertThat(failure.failed()).as("the injected failure happened").isTrue();
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    List<Map<String, JsonNode>> days = rows(influx, database, "SELECT * FROM energy_daily WHERE subject = 'wbl' AND time >= "
                            + dayOne.toEpochMilli() + "ms AND time < " + dayOne.plus(Duration.ofDays(2)).toEpochMilli() + "ms");
                    assertThat(days).hasSize(2).allSatisfy(row ->
                            assertThat(row.get("coal_kg").decimalValue()).isEqualByComparingTo("2880000"));
                    List<Map<String, JsonNode>> ytd = rows(influx, database, "SELECT * FROM energy_ytd WHERE subject = 'ent-wbl-thermal-power'");
                    // 5,760,000 kg × 0.7143 kgce/kg; the gap up to now added nothing.
                    assertThat(ytd).singleElement().satisfies(row ->
                            assertThat(row.get("tce").decimalValue()).isEqualByComparingTo("4114.368"));
                });
            } finally {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        } finally {
            influx.dropDatabase(database);
        }
    }

    private static String hourly(Instant dayOne) {
        return "SELECT * FROM energy_hourly WHERE subject = '" + PLANT + "' AND time >= " + dayOne.toEpochMilli() + "ms AND time < "
                + dayOne.plus(Duration.ofDays(2)).toEpochMilli() + "ms";
    }

    private static List<Map<String, JsonNode>> rows(LocalInfluxDb influx, String database, String query) {
        return InfluxRows.of(influx.query(database, query));
    }

    private static void produce(TestKafkaCluster kafka, List<Reading> readings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Reading reading : readings) {
                producer.send(new ProducerRecord<>(Topics.READINGS, reading.sensorId(), ReadingCodec.encode(reading)));
            }
            producer.flush();
        }
    }
}
