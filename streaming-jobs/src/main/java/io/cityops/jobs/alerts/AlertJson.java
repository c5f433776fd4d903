package io.cityops.jobs.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.ingest.catalogue.AlertRuleSpec;
import io.cityops.jobs.alerts.rules.Alert;
import io.cityops.jobs.alerts.rules.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON of {@code city.alerts} records, exactly as docs/alerts.md agrees it: transitions and
 * rejections, each with the alert (and its full audit trail). Enum values travel in lower case
 * ({@code resolve_overdue}), times as ISO-8601 instants, values as exact decimals.
 */
public final class AlertJson {

    public static final String TYPE_TRANSITION = "transition";
    public static final String TYPE_REJECTION = "rejection";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private AlertJson() {
    }

    public static byte[] transition(String commandId, AuditEntry transition, Alert alert, AlertRuleSpec rule,
                                    AlertFacts facts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", TYPE_TRANSITION);
        root.put("commandId", commandId);
        root.set("transition", entry(transition));
        root.set("alert", alert(alert, rule, facts));
        return bytes(root);
    }

    /** @param alert the alert as it stands, or null when there is no such alert */
    public static byte[] rejection(String commandId, String alertId, String reason, String detail, Alert alert,
                                   AlertRuleSpec rule, AlertFacts facts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", TYPE_REJECTION);
        root.put("commandId", commandId);
        root.put("alertId", alertId);
        root.put("reason", reason);
        root.put("detail", detail);
        if (alert == null) {
            root.putNull("alert");
        } else {
            root.set("alert", alert(alert, rule, facts));
        }
        return bytes(root);
    }

    static ObjectNode alert(Alert a, AlertRuleSpec rule, AlertFacts facts) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("ruleId", a.ruleId());
        node.put("kind", rule.kind().wireName());
        node.put("indicator", rule.indicator());
        node.put("subjectType", rule.subjectType());
        node.put("subject", a.subject());
        node.put("region", facts.region());
        node.put("state", wire(a.state()));
        node.put("condition", wire(a.condition()));
        node.put("severity", wire(a.severity()));
        node.put("version", a.version());
        node.put("firstSeen", time(a.firstSeen()));
        node.put("openedAt", time(a.openedAt()));
        node.put("lastSeen", time(a.lastSeen()));
        node.put("peak", a.peak());
        node.put("current", a.current());
        node.put("assignee", a.assignee());
        node.put("acceptOverdue", a.acceptOverdue());
        node.put("resolveOverdue", a.resolveOverdue());
        node.put("replayed", facts.replayed());
        node.put("detail", facts.detail());
        ArrayNode audit = node.putArray("audit");
        a.audit().forEach(e -> audit.add(entry(e)));
        return node;
    }

    private static ObjectNode entry(AuditEntry e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("version", e.version());
        node.put("action", wire(e.action()));
        node.put("actor", e.actor());
        node.put("at", time(e.at()));
        node.put("note", e.note());
        node.put("from", e.from() == null ? null : wire(e.from()));
        node.put("to", wire(e.to()));
        node.put("severity", wire(e.severity()));
        return node;
    }

    /** An enum constant as on the wire: {@code RESOLVE_OVERDUE} → {@code resolve_overdue}. */
    public static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String time(Instant at) {
        return at.toString();
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
