package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Optional;

/** One line of an alert's audit trail: who did what, when, with which note. */
public record AuditEntry(long version, @Nullable String action, @Nullable String actor, Optional<Instant> at,
                         @Nullable String note, @Nullable String from, @Nullable String to) {

    static AuditEntry of(JsonNode entry) {
        return new AuditEntry(entry.path("version").asLong(), Alert.text(entry, "action"), Alert.text(entry, "actor"),
                Alert.instant(entry, "at"), Alert.text(entry, "note"), Alert.text(entry, "from"), Alert.text(entry, "to"));
    }

    public boolean is(String wanted) {
        return wanted.equals(action);
    }
}
