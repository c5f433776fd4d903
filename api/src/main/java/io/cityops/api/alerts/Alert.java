package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of an alert as the alert job wrote it (docs/alerts.md), with typed access to what the API
 * filters and measures by. The JSON itself is kept whole and never changed.
 */
public record Alert(ObjectNode json) {

    public Alert {
        if (text(json, "id") == null || !json.path("version").canConvertToLong()) {
            throw new IllegalArgumentException("an alert needs an id and an integer version");
        }
    }

    public String id() {
        return json.path("id").asText();
    }

    public long version() {
        return json.path("version").asLong();
    }

    @Nullable
    public String state() {
        return text(json, "state");
    }

    @Nullable
    public String severity() {
        return text(json, "severity");
    }

    @Nullable
    public String region() {
        return text(json, "region");
    }

    @Nullable
    public String kind() {
        return text(json, "kind");
    }

    @Nullable
    public String assignee() {
        return text(json, "assignee");
    }

    public boolean replayed() {
        return json.path("replayed").asBoolean(false);
    }

    /** When the alert was opened: {@code openedAt}, else {@code firstSeen}, else the first audit entry. */
    public Optional<Instant> openedAt() {
        return instant(json, "openedAt").or(() -> instant(json, "firstSeen"))
                .or(() -> audit().stream().findFirst().flatMap(AuditEntry::at));
    }

    public List<AuditEntry> audit() {
        List<AuditEntry> entries = new ArrayList<>();
        json.path("audit").forEach(entry -> entries.add(AuditEntry.of(entry)));
        return entries;
    }

    @Nullable
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Optional<Instant> instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
