package io.cityops.jobs.air;

import static io.cityops.jobs.air.AirFixtures.SHANGHAI;
import static io.cityops.jobs.air.AirFixtures.STATION;
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
 * The job fails once after a completed checkpoint, in the middle of the traffic, and recovers from that
 * checkpoint: afterwards every hour is in InfluxDB once, final and unrevised, with means and counters
 * that show no reading was lost or counted twice. The pause between the two days also exercises a
 * partition going idle and coming back.
 */
class AirQualityRecoveryIT {

    private static final int DAY = 24 * AirTraffic.PER_HOUR;

    @Test
    void failureAfterACheckpointLosesAndDoublesNothing() throws Exception {
        LocalInfluxDb influx = new LocalInfluxDb();
        String database = influx.createDatabase("air_recovery_it");
        try (TestKafkaCluster kafka = new TestKafkaCluster()) {
            kafka.createTopic(Topics.READINGS, 2);
            Instant dayOne = LocalDate.now(SHANGHAI).minusDays(3).atStartOfDay(SHANGHAI).toInstant();
            List<Reading> traffic = AirTraffic.readings(STATION, dayOne, 48, AirTraffic::station1);
            produce(kafka, traffic.subList(0, DAY));

            AirJobConfig config = AirJobConfig.defaults(kafka.bootstrapServers(),
                            InfluxSinkConfig.defaults(influx.url(), database))
                    .withConsumerGroup("air-recovery-it")
                    .withEventTime(Duration.ofSeconds(30), Duration.ofSeconds(5))
                    .withCheckpointInterval(Duration.ofSeconds(2));
            FailOnceAfterCheckpoint failure = FailOnceAfterCheckpoint.plan("AirQualityRecoveryIT", DAY);
            JobClient job = AirQualityJob.start(LocalFlink.restartingEnvironment(),
                    AirFixtures.wanbailin(), config,
                    failure.step());
            try {
                // the first day is in a completed checkpoint and its hours are out: now the rest arrives
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        failure.checkpointed() && hourlyRows(influx, database).size() >= 20);
                produce(kafka, traffic.subList(DAY, traffic.size()));
                produce(kafka, List.of(AirFixtures.reading(STATION, Instant.now().minusSeconds(60), 100_000,
                        AirTraffic.station1(0, 0))));

                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    List<Map<String, JsonNode>> rows = hourlyRows(influx, database);
                    assertThat(rows).hasSize(48);
                    assertThat(rows).allSatisfy(row -> assertThat(row.get("final").asBoolean()).isTrue());
                });
                assertThat(failure.failed()).as("the injected failure happened").isTrue();
                List<Map<String, JsonNode>> rows = hourlyRows(influx, database);
                assertThat(rows).allSatisfy(row -> {
                    assertThat(row.get("revision").asInt()).isZero();
                    assertThat(row.get("valid").asBoolean()).isTrue();
                });
                assertThat(rows).filteredOn(row -> row.get("time").asLong() >= dayOne.plus(Duration.ofHours(23)).toEpochMilli())
                        .allSatisfy(row -> assertThat(row.get("c_pm25_24h").decimalValue()).isEqualByComparingTo("40.5"));
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                        assertThat(InfluxRows.of(influx.query(database, "SELECT last(accepted) AS accepted, "
                                + "last(duplicate) AS duplicate FROM ingest_stats WHERE sensor = 'aq-wbl-0001'")))
                                .singleElement().satisfies(row -> {
                                    assertThat(row.get("accepted").asLong()).isEqualTo(48 * 12 + 1);
                                    assertThat(row.get("duplicate").asLong()).isZero();
                                }));
            } finally {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        } finally {
            influx.dropDatabase(database);
        }
    }

    private static List<Map<String, JsonNode>> hourlyRows(LocalInfluxDb influx, String database) {
        return InfluxRows.of(influx.query(database, "SELECT * FROM air_hourly WHERE subject = 'aq-wbl-0001'"));
    }

    private static void produce(TestKafkaCluster kafka, List<Reading> readings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (Reading reading : readings) {
                producer.send(new ProducerRecord<>(Topics.READINGS, reading.sensorId(), ReadingCodec.encode(reading)));
            }
            producer.flush();
        }
    }
}
