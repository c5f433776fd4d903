package io.cityops.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.Topics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.jobs.testing.LocalFlink;
import io.cityops.testing.LocalInfluxDb;
import io.cityops.testing.TestKafkaCluster;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The alert job fails once after a completed checkpoint, in the middle of an episode in every region,
 * and recovers from that checkpoint: afterwards each region has exactly one alert whose versions run
 * 1..5 without a gap, no second alert was numbered, a transition written twice (delivery is at least
 * once) is the same transition, and InfluxDB holds each transition once.
 */
class AlertJobRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final List<String> REGIONS = CATALOGUE.regions().stream()
            .filter(r -> r.level() != RegionLevel.COMMUNITY).map(Region::id).toList();
    /** Per region: 160 opens, 212 raises to warning | 320 raises to critical, 90 clears, 170 returns. */
    private static final List<String> FIRST_HALF = List.of("160", "212");
    private static final List<String> SECOND_HALF = List.of("320", "90", "170");
    private static final List<String> ACTIONS = List.of("opened", "severity_raised", "severity_raised",
            "condition_cleared", "condition_returned");

    /** Shared with the job's operators, which run in this JVM. */
    static final AtomicLong SEEN = new AtomicLong();
    static final AtomicBoolean FIRST_HALF_CHECKPOINTED = new AtomicBoolean();
    static final AtomicBoolean FAILED = new AtomicBoolean();

    /** Throws once, part-way through the second half, after a checkpoint that holds the whole first half. */
    static final class FailOnceAfterCheckpoint implements MapFunction<KafkaMessage, KafkaMessage>, CheckpointListener {
        private static final long serialVersionUID = 1L;

        @Override
        public KafkaMessage map(KafkaMessage message) {
            long seen = SEEN.incrementAndGet();
            if (FIRST_HALF_CHECKPOINTED.get() && seen > REGIONS.size() * (FIRST_HALF.size() + 1L)
                    && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure after a completed checkpoint");
            }
            return message;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            if (SEEN.get() >= (long) REGIONS.size() * FIRST_HALF.size()) {
                FIRST_HALF_CHECKPOINTED.set(true);
            }
        }
    }

    @Test
    void aFailureAfterACheckpointNeitherLosesNorDuplicatesAlerts() throws Exception {
        LocalInfluxDb influx = new LocalInfluxDb();
        String database = influx.createDatabase("alert_recovery_it");
        try (TestKafkaCluster kafka = new TestKafkaCluster()) {
            kafka.createTopic(Topics.INDICATORS, 2);
            kafka.createTopic(Topics.ALERT_COMMANDS, 1);
            kafka.createTopic(Topics.ALERTS, 1);
            Instant start = Instant.now().minus(Duration.ofMinutes(10));
            produce(kafka, start, FIRST_HALF, 0);

            AlertJobConfig config = AlertJobConfig.defaults(kafka.bootstrapServers(),
                            InfluxSinkConfig.defaults(influx.url(), database))
                    .withConsumerGroup("alert-recovery-it")
                    .withCheckpointInterval(Duration.ofMillis(500));
            JobClient job = AlertJob.start(LocalFlink.restartingEnvironment(), CATALOGUE, config,
                    indicators -> indicators.map(new FailOnceAfterCheckpoint()).name("Fail once").uid("test-fail-once"));
            try {
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                        FIRST_HALF_CHECKPOINTED.get() && transitions(kafka).size() >= REGIONS.size() * FIRST_HALF.size());
                produce(kafka, start, SECOND_HALF, FIRST_HALF.size());

                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(versionsByAlert(transitions(kafka)).values())
                                .hasSize(REGIONS.size()).allSatisfy(v -> assertThat(v).hasSize(ACTIONS.size())));
                assertThat(FAILED).as("the injected failure happened").isTrue();

                List<JsonNode> transitions = transitions(kafka);
                Map<String, TreeMap<Integer, String>> byAlert = versionsByAlert(transitions);
                assertThat(byAlert.keySet()).containsExactlyInAnyOrderElementsOf(
                        REGIONS.stream().map(r -> "region-aqi:" + r + ":1").toList());
                byAlert.forEach((alert, versions) -> {
                    assertThat(versions.keySet()).as(alert).containsExactly(1, 2, 3, 4, 5);
                    assertThat(new ArrayList<>(versions.values())).as(alert).isEqualTo(ACTIONS);
                });
                // a transition delivered twice is the very same transition
                Map<String, String> seen = new HashMap<>();
                for (JsonNode t : transitions) {
                    String id = t.path("alert").path("id").asText() + "@" + t.path("transition").path("version").asInt();
                    String body = t.path("transition").toString();
                    assertThat(seen.putIfAbsent(id, body)).as(id).isIn(null, body);
                }
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(influx.query(database, "SELECT count(version) FROM alert_transitions")
                                .path("results").path(0).path("series").path(0).path("values").path(0).path(1).asInt())
                                .isEqualTo(REGIONS.size() * ACTIONS.size()));
            } finally {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        } finally {
            influx.dropDatabase(database);
        }
    }

    private static List<JsonNode> transitions(TestKafkaCluster kafka) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : kafka.consumeAll(Topics.ALERTS, Duration.ofSeconds(10))) {
            JsonNode json = JSON.readTree(record.value());
            if (json.path("type").asText().equals("transition")) {
                out.add(json);
            }
        }
        return out;
    }

    private static Map<String, TreeMap<Integer, String>> versionsByAlert(List<JsonNode> transitions) {
        Map<String, TreeMap<Integer, String>> byAlert = new TreeMap<>();
        for (JsonNode t : transitions) {
            byAlert.computeIfAbsent(t.path("alert").path("id").asText(), k -> new TreeMap<>())
                    .put(t.path("transition").path("version").asInt(), t.path("transition").path("action").asText());
        }
        return byAlert;
    }

    /** One value per region per step, a minute apart, steps numbered from {@code firstStep}. */
    private static void produce(TestKafkaCluster kafka, Instant start, List<String> values, int firstStep) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int step = 0; step < values.size(); step++) {
                Instant at = start.plus(Duration.ofMinutes(firstStep + step));
                for (String region : REGIONS) {
                    RuleObservation o = new RuleObservation("aqi_hourly", SensorKind.AIR, "region", region, region,
                            new BigDecimal(values.get(step)), at, false, "hourly AQI " + values.get(step));
                    producer.send(new ProducerRecord<>(Topics.INDICATORS, region, RuleObservationCodec.encode(o)));
                }
            }
            producer.flush();
        }
    }
}
