package io.cityops.api.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A record of {@code city.alert-commands} (docs/alerts.md); every member is written, null or not. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"commandId", "alertId", "action", "actor", "note", "assignee", "verified", "expectedVersion", "issuedAt"})
record AlertCommand(String commandId, String alertId, String action, String actor, String note, String assignee,
                    Boolean verified, long expectedVersion, String issuedAt) {
}
