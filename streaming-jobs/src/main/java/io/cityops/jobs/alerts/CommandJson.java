package io.cityops.jobs.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code city.alert-commands} record (docs/alerts.md). Only what routing needs is checked
 * here — JSON, an alert id of the form rule:subject:n —; everything else is the state machine's to
 * judge, so that its answer can carry the alert as it stands.
 */
public final class CommandJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Either a routable command or why it cannot be routed (and the ids to answer with). */
    public record Parsed(CommandRequest command, String commandId, String alertId, String problem) {
        public Optional<CommandRequest> routable() {
            return Optional.ofNullable(command);
        }
    }

    private CommandJson() {
    }

    /** @param key the Kafka key (the alert id by convention), used when the value names none */
    public static Parsed parse(String key, byte[] value) {
        JsonNode root;
        try {
            root = MAPPER.readTree(value);
        } catch (IOException e) {
            return new Parsed(null, null, key, "not JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return new Parsed(null, null, key, "a command must be a JSON object");
        }
        String commandId = text(root, "commandId");
        String alertId = text(root, "alertId");
        if (alertId == null) {
            alertId = key;
        }
        Optional<String> stateKey = AlertIds.keyOf(alertId);
        if (stateKey.isEmpty()) {
            return new Parsed(null, commandId, alertId, alertId == null ? "alertId is required"
                    : "alertId '" + alertId + "' is not of the form {ruleId}:{subject}:{n}");
        }
        JsonNode version = root.path("expectedVersion");
        Long expectedVersion = version.canConvertToLong() && version.isIntegralNumber() ? version.asLong() : null;
        JsonNode verified = root.path("verified");
        return new Parsed(new CommandRequest(stateKey.get(), commandId, alertId, text(root, "action"),
                text(root, "actor"), text(root, "note"), text(root, "assignee"),
                verified.isBoolean() ? verified.asBoolean() : null, expectedVersion, instant(root.path("issuedAt"))),
                commandId, alertId, null);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.path(field);
        return node.isTextual() ? node.asText() : null;
    }

    private static Long instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
