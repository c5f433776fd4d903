package io.cityops.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.influx.InfluxPoint;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/** How observations reach rules and commands reach alerts, before the state machine. */
class AlertRoutingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-28T01:00:00Z");

    private static List<RuleHit> match(RuleObservation o) {
        return match(new KafkaMessage(o.subject(), RuleObservationCodec.encode(o)));
    }

    private static List<RuleHit> match(KafkaMessage message) {
        List<RuleHit> hits = new ArrayList<>();
        new MatchRules(AlertHarness.CATALOGUE.alerts()).flatMap(message, new Collector<>() {
            @Override
            public void collect(RuleHit hit) {
                hits.add(hit);
            }

            @Override
            public void close() {
            }
        });
        return hits;
    }

    private static RuleObservation pm10(String station) {
        return new RuleObservation("pm10_hourly", SensorKind.AIR, "station", station, "wbl-duerping-c2",
                new BigDecimal("180"), AT, false, null);
    }

    @Test
    void aDustMonitorsPm10ReachesTheDustRuleAndAReferenceStationsDoesNot() {
        assertThat(match(pm10("aq-wbl-d001"))).singleElement().satisfies(hit -> {
            assertThat(hit.ruleId()).isEqualTo("dust-pm10-hourly");
            assertThat(hit.key()).isEqualTo("dust-pm10-hourly:aq-wbl-d001");
        });
        assertThat(match(pm10("aq-wbl-0001"))).isEmpty();
    }

    @Test
    void theSameIndicatorOfAnotherSubjectTypeReachesItsOwnRule() {
        RuleObservation region = new RuleObservation("quota_projection_ratio", SensorKind.ENERGY, "region", "wbl", "wbl",
                new BigDecimal("1.04"), AT, false, null);
        assertThat(match(region)).extracting(RuleHit::ruleId).containsExactly("region-quota-projection");
    }

    @Test
    void otherIndicatorRecordsAndMalformedObservationsPassByWithoutFailing() {
        assertThat(match(new KafkaMessage("wbl", "{\"type\":\"air_hourly\",\"aqi\":212}".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(match(new KafkaMessage("wbl", "{\"type\":\"observation\",\"kind\":\"air\",\"value\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(match(new KafkaMessage("wbl", "not json".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    private static List<Object> route(String key, String value) throws Exception {
        try (OneInputStreamOperatorTestHarness<KafkaMessage, CommandRequest> harness = ProcessFunctionTestHarnesses
                .forProcessFunction(new RouteCommands(AlertHarness.CATALOGUE.alerts()))) {
            harness.processElement(new KafkaMessage(key, value.getBytes(StandardCharsets.UTF_8)), 0);
            List<Object> out = new ArrayList<>(harness.extractOutputValues());
            var rejected = harness.getSideOutput(RouteCommands.REJECTED);
            if (rejected != null) {
                rejected.forEach(r -> out.add(json(r.getValue())));
            }
            return out;
        }
    }

    private static JsonNode json(KafkaMessage m) {
        try {
            return JSON.readTree(m.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCommandIsRoutedToTheStateOfItsRuleAndSubject() throws Exception {
        assertThat(route("region-aqi:wbl-xiayuan:3", """
                {"commandId":"c-1","alertId":"region-aqi:wbl-xiayuan:3","action":"assign","actor":"li.wei",
                 "note":"dust crew sent","assignee":"env-team-2","verified":null,"expectedVersion":3,
                 "issuedAt":"2026-11-28T08:05:12Z"}""")).singleElement().isEqualTo(new CommandRequest(
                "region-aqi:wbl-xiayuan", "c-1", "region-aqi:wbl-xiayuan:3", "assign", "li.wei", "dust crew sent",
                "env-team-2", null, 3L, Instant.parse("2026-11-28T08:05:12Z").toEpochMilli()));
    }

    @Test
    void aCommandThatCannotBeRoutedIsAnsweredAtOnce() throws Exception {
        assertThat(route("x", "{not json")).singleElement().satisfies(r -> {
            JsonNode json = (JsonNode) r;
            assertThat(json.path("type").asText()).isEqualTo("rejection");
            assertThat(json.path("reason").asText()).isEqualTo("invalid_command");
            assertThat(json.path("alert").isNull()).isTrue();
        });
        assertThat(route("bogus", "{\"commandId\":\"c-9\",\"alertId\":\"bogus\",\"action\":\"accept\"}"))
                .singleElement().satisfies(r -> {
                    assertThat(((JsonNode) r).path("reason").asText()).isEqualTo("invalid_command");
                    assertThat(((JsonNode) r).path("commandId").asText()).isEqualTo("c-9");
                });
        assertThat(route("no-such-rule:wbl:1", "{\"alertId\":\"no-such-rule:wbl:1\",\"action\":\"accept\"}"))
                .singleElement().satisfies(r -> assertThat(((JsonNode) r).path("reason").asText()).isEqualTo("unknown_alert"));
    }

    @Test
    void alertIdsSplitIntoRuleSubjectAndNumber() {
        assertThat(AlertIds.keyOf("region-aqi:wbl-xiayuan:3")).contains("region-aqi:wbl-xiayuan");
        assertThat(AlertIds.ruleOf("region-aqi:wbl-xiayuan")).isEqualTo("region-aqi");
        assertThat(AlertIds.keyOf("region-aqi:wbl-xiayuan")).isEmpty();
        assertThat(AlertIds.keyOf("region-aqi:wbl-xiayuan:x")).isEmpty();
        assertThat(AlertIds.keyOf(":a:1")).isEmpty();
    }

    @Test
    void aTransitionIsOnePointTaggedByAlertAndAction() {
        AlertTransitionRow row = new AlertTransitionRow("region-aqi:wbl-xiayuan:3", "region-aqi", "air", "region",
                "wbl-xiayuan", "wbl-xiayuan", "resolved", 5, AT.toEpochMilli(), "assigned", "resolved", "warning",
                "active", "wang.fang", "watered\nthe site", "env-team-2", false, true, false, new BigDecimal("187"),
                new BigDecimal("212"), "c-5");
        InfluxPoint point = new AlertTransitionPoints().toPoints(row).get(0);

        assertThat(point.measurement()).isEqualTo("alert_transitions");
        assertThat(point.time()).isEqualTo(AT);
        assertThat(point.tags()).containsEntry("alert_id", "region-aqi:wbl-xiayuan:3").containsEntry("action", "resolved")
                .containsEntry("rule", "region-aqi").containsEntry("kind", "air").containsEntry("region", "wbl-xiayuan");
        assertThat(point.fields()).containsEntry("version", 5L).containsEntry("to", "resolved")
                .containsEntry("note", "watered the site").containsEntry("resolve_overdue", true)
                .containsEntry("command_id", "c-5");
    }
}
