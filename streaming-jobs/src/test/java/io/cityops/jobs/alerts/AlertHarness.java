package io.cityops.jobs.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.jobs.common.KafkaMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;

/**
 * The alert state machine in an operator harness over the shipped catalogue's rules, with helpers
 * that read as the timeline of an episode: observations, operator commands, the harness's
 * processing-time clock, and the {@code city.alerts} records that came out, as JSON.
 */
final class AlertHarness implements AutoCloseable {

    static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyedTwoInputStreamOperatorTestHarness<String, RuleHit, CommandRequest, KafkaMessage> harness;
    private int taken;

    private AlertHarness(OperatorSubtaskState restored, long processingTime) throws Exception {
        harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(new AlertStateMachine(CATALOGUE.alerts(), CATALOGUE.timeZone())),
                RuleHit::key, CommandRequest::key, Types.STRING);
        harness.setup();
        if (restored != null) {
            harness.initializeState(restored);
        }
        harness.open();
        harness.setProcessingTime(processingTime);
    }

    static AlertHarness start(Instant wallClock) throws Exception {
        return new AlertHarness(null, wallClock.toEpochMilli());
    }

    static AlertHarness restore(OperatorSubtaskState snapshot, Instant wallClock) throws Exception {
        return new AlertHarness(snapshot, wallClock.toEpochMilli());
    }

    OperatorSubtaskState snapshot() throws Exception {
        return harness.snapshot(1L, harness.getProcessingTime());
    }

    /** A value of a rule's indicator for a subject, matched to the rule as the job would match it. */
    void observe(String ruleId, String subject, String value, Instant at, boolean replayed) throws Exception {
        var spec = CATALOGUE.alerts().rule(ruleId).orElseThrow();
        RuleObservation o = new RuleObservation(spec.indicator(), spec.kind(), spec.subjectType(), subject, subject,
                new BigDecimal(value), at, replayed, "value " + value);
        harness.processElement1(new RuleHit(AlertIds.key(ruleId, subject), ruleId, o), at.toEpochMilli());
    }

    void observe(String ruleId, String subject, String value, Instant at) throws Exception {
        observe(ruleId, subject, value, at, false);
    }

    void command(String commandId, String alertId, String action, String actor, long expectedVersion,
                 Map<String, Object> extra, Instant issuedAt) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("commandId", commandId);
        body.put("alertId", alertId);
        body.put("action", action);
        body.put("actor", actor);
        body.put("expectedVersion", expectedVersion);
        body.put("issuedAt", issuedAt.toString());
        body.putAll(extra);
        CommandJson.Parsed parsed = CommandJson.parse(alertId, JSON.writeValueAsBytes(body));
        harness.processElement2(parsed.routable().orElseThrow(), issuedAt.toEpochMilli());
    }

    void clockAt(Instant wallClock) throws Exception {
        harness.setProcessingTime(wallClock.toEpochMilli());
    }

    /** The {@code city.alerts} records written since the last call. */
    List<JsonNode> newRecords() {
        List<KafkaMessage> all = harness.extractOutputValues();
        List<JsonNode> fresh = new ArrayList<>();
        for (KafkaMessage m : all.subList(taken, all.size())) {
            fresh.add(json(m));
        }
        taken = all.size();
        return fresh;
    }

    List<JsonNode> allRecords() {
        return harness.extractOutputValues().stream().map(AlertHarness::json).toList();
    }

    List<AlertTransitionRow> influxRows() {
        var side = harness.getSideOutput(AlertStateMachine.TRANSITIONS);
        return side == null ? List.of() : side.stream().map(r -> r.getValue()).toList();
    }

    int keyedStateEntries() {
        return harness.numKeyedStateEntries();
    }

    int registeredTimers() {
        return harness.numProcessingTimeTimers();
    }

    private static JsonNode json(KafkaMessage m) {
        try {
            JsonNode node = JSON.readTree(m.value());
            String id = node.path("type").asText().equals("transition") ? node.path("alert").path("id").asText()
                    : node.path("alertId").asText();
            if (!id.equals(m.key())) {
                throw new AssertionError("record keyed " + m.key() + " but about " + id);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
