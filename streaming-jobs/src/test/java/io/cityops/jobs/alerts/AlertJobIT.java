package io.cityops.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.Topics;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.jobs.testing.JobRig;
import io.cityops.jobs.testing.LocalFlink;
import io.cityops.testing.LocalInfluxDb;
import io.cityops.testing.TestKafkaCluster;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert job on a local cluster (parallelism 2, no Kryo fallback) between a real Kafka broker and
 * InfluxDB: an AQI episode in Xiayuan on {@code city.indicators} opens an alert on {@code city.alerts},
 * an operator drives it through accept → assign → resolve → close on {@code city.alert-commands}, a
 * command issued against an old version is rejected, and every transition lands in InfluxDB.
 */
class AlertJobIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWAIT = Duration.ofMinutes(2);
    private static final String ALERT = "region-aqi:wbl-xiayuan:1";

    private static JobRig rig;
    private static TestKafkaCluster kafka;
    private static LocalInfluxDb influx;
    private static String database;
    /** The wall clock when the episode starts. */
    private static Instant now;

    @BeforeAll
    static void startTheJob() throws Exception {
        rig = JobRig.open("alert_job_it");
        influx = rig.influx();
        database = rig.database();
        kafka = rig.kafka();
        kafka.createTopic(Topics.INDICATORS, 2);
        kafka.createTopic(Topics.ALERT_COMMANDS, 1);
        kafka.createTopic(Topics.ALERTS, 1);
        now = Instant.now();

        AlertJobConfig config = AlertJobConfig.defaults(kafka.bootstrapServers(),
                        InfluxSinkConfig.defaults(influx.url(), database))
                .withConsumerGroup("alert-job-it")
                .withCheckpointInterval(Duration.ofMillis(500));
        StreamExecutionEnvironment env = LocalFlink.environment();
        rig.run(AlertJob.start(env, CatalogueLoader.loadDefault(), config));
    }

    @AfterAll
    static void stopTheJob() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void anEpisodeOpensAnAlertThatOperatorsCloseAndAStaleCommandIsRejected() throws Exception {
        // live values a few minutes old: well inside the 30-minute accept limit, so nothing escalates
        observe("160", now.minus(Duration.ofMinutes(10)));                  // info...
        observe("212", now.minus(Duration.ofMinutes(5)));                   // ...then warning
        observe("140", now.minus(Duration.ofMinutes(5)).minusSeconds(1));   // out of order: ignored
        JsonNode opened = awaitTransition(1);
        assertThat(opened.path("transition").path("action").asText()).isEqualTo("opened");
        assertThat(opened.path("alert").path("replayed").asBoolean()).isFalse();
        assertThat(awaitTransition(2).path("transition").path("action").asText()).isEqualTo("severity_raised");

        command("c-accept", "accept", "li.wei", 2, Map.of());
        awaitTransition(3);
        command("c-assign", "assign", "li.wei", 3, Map.of("assignee", "env-team-2", "note", "dust crew sent"));
        awaitTransition(4);
        command("c-late", "accept", "zhang.min", 2, Map.of());
        JsonNode rejection = awaitRecord(r -> r.path("commandId").asText().equals("c-late"));
        assertThat(rejection.path("type").asText()).isEqualTo("rejection");
        assertThat(rejection.path("reason").asText()).isEqualTo("stale_version");
        assertThat(rejection.path("alert").path("version").asInt()).isEqualTo(4);
        assertThat(rejection.path("alert").path("state").asText()).isEqualTo("assigned");

        command("c-resolve", "resolve", "wang.fang", 4, Map.of("note", "site watered, works paused"));
        awaitTransition(5);
        observe("80", now);
        assertThat(awaitTransition(6).path("transition").path("action").asText()).isEqualTo("condition_cleared");
        command("c-close", "close", "li.wei", 6, Map.of("verified", true));
        JsonNode closed = awaitTransition(7);

        assertThat(closed.path("commandId").asText()).isEqualTo("c-close");
        JsonNode alert = closed.path("alert");
        assertThat(alert.path("state").asText()).isEqualTo("closed");
        assertThat(alert.path("severity").asText()).isEqualTo("warning");
        assertThat(alert.path("peak").decimalValue()).isEqualByComparingTo("212");
        assertThat(alert.path("assignee").asText()).isEqualTo("env-team-2");
        List<String> trail = new ArrayList<>();
        alert.path("audit").forEach(e -> trail.add(e.path("action").asText() + "/" + e.path("actor").asText()));
        assertThat(trail).containsExactly("opened/system", "severity_raised/system", "accepted/li.wei",
                "assigned/li.wei", "resolved/wang.fang", "condition_cleared/system", "closed/li.wei");

        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode answer = influx.query(database,
                    "SELECT * FROM alert_transitions WHERE alert_id = '" + ALERT + "'");
            List<String> actions = new ArrayList<>();
            answer.path("results").path(0).path("series").forEach(series -> {
                int column = columnOf(series, "action");
                series.path("values").forEach(v -> actions.add(v.get(column).asText()));
            });
            assertThat(actions).containsExactlyInAnyOrder("opened", "severity_raised", "accepted", "assigned",
                    "resolved", "condition_cleared", "closed");
        });
    }

    private static int columnOf(JsonNode series, String name) {
        int i = 0;
        for (JsonNode column : series.path("columns")) {
            if (column.asText().equals(name)) {
                return i;
            }
            i++;
        }
        throw new AssertionError("no column " + name + " in " + series);
    }

    private static void observe(String aqi, Instant at) {
        RuleObservation o = new RuleObservation("aqi_hourly", SensorKind.AIR, "region", "wbl-xiayuan", "wbl-xiayuan",
                new BigDecimal(aqi), at, false, "hourly AQI " + aqi);
        kafka.produce(Topics.INDICATORS, o.subject(), RuleObservationCodec.encode(o));
    }

    private static void command(String commandId, String action, String actor, long expectedVersion,
                                Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("commandId", commandId);
        body.put("alertId", ALERT);
        body.put("action", action);
        body.put("actor", actor);
        body.put("expectedVersion", expectedVersion);
        body.put("issuedAt", Instant.now().toString());
        body.putAll(extra);
        kafka.produce(Topics.ALERT_COMMANDS, ALERT, JSON.writeValueAsBytes(body));
    }

    private static JsonNode awaitTransition(int version) {
        return awaitRecord(r -> r.path("type").asText().equals("transition")
                && r.path("transition").path("version").asInt() == version);
    }

    private static JsonNode awaitRecord(java.util.function.Predicate<JsonNode> wanted) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(AWAIT).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            for (ConsumerRecord<String, byte[]> record : kafka.consumeAll(Topics.ALERTS, Duration.ofSeconds(10))) {
                JsonNode json = JSON.readTree(record.value());
                if (wanted.test(json)) {
                    found[0] = json;
                    return;
                }
            }
            throw new AssertionError("no such record on " + Topics.ALERTS + " yet");
        });
        return found[0];
    }
}
