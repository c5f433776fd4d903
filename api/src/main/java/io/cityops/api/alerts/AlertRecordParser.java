package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Reads a {@code city.alerts} value; a record that does not follow docs/alerts.md is a reason, not an exception. */
final class AlertRecordParser {

    /** Either an event or why the record was skipped. */
    record Result(AlertEvent event, String problem) {
        static Result of(AlertEvent event) {
            return new Result(event, null);
        }

        static Result invalid(String problem) {
            return new Result(null, problem);
        }

        boolean valid() {
            return event != null;
        }
    }

    private AlertRecordParser() {
    }

    static Result parse(long offset, byte[] value) {
        if (value == null) {
            return Result.invalid("no value");
        }
        JsonNode node;
        try {
            node = AlertJson.read(value);
        } catch (IOException e) {
            return Result.invalid("not JSON: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode record)) {
            return Result.invalid("not a JSON object");
        }
        String type = Alert.text(record, "type");
        String commandId = Alert.text(record, "commandId");
        try {
            if (AlertEvent.TRANSITION.equals(type)) {
                if (!(record.get("alert") instanceof ObjectNode alert)) {
                    return Result.invalid("a transition without an alert object");
                }
                return Result.of(new AlertEvent.Transition(offset, record, commandId, new Alert(alert)));
            }
            if (AlertEvent.REJECTION.equals(type)) {
                String alertId = Alert.text(record, "alertId");
                String reason = Alert.text(record, "reason");
                if (alertId == null || reason == null) {
                    return Result.invalid("a rejection without alertId or reason");
                }
                Alert current = record.get("alert") instanceof ObjectNode alert ? new Alert(alert) : null;
                return Result.of(new AlertEvent.Rejection(offset, record, commandId, alertId, reason,
                        Alert.text(record, "detail"), current));
            }
        } catch (IllegalArgumentException e) {
            return Result.invalid(e.getMessage());
        }
        return Result.invalid("unknown record type '" + type + "'");
    }
}
