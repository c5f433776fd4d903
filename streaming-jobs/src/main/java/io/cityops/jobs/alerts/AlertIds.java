package io.cityops.jobs.alerts;

import java.util.Optional;

/**
 * Alert ids are {@code {ruleId}:{subject}:{n}}; the state of all alerts of one rule and subject lives
 * under the key {@code {ruleId}:{subject}}. Rule ids and catalogue ids contain no ':', so the first
 * ':' ends the rule id and the last one starts the number.
 */
public final class AlertIds {

    private AlertIds() {
    }

    public static String key(String ruleId, String subject) {
        return ruleId + ":" + subject;
    }

    public static String alertId(String key, long number) {
        return key + ":" + number;
    }

    /** The state key an alert id belongs to, or empty when the id is not of the form rule:subject:n. */
    public static Optional<String> keyOf(String alertId) {
        if (alertId == null) {
            return Optional.empty();
        }
        int first = alertId.indexOf(':');
        int last = alertId.lastIndexOf(':');
        if (first <= 0 || last <= first + 1 || last == alertId.length() - 1) {
            return Optional.empty();
        }
        String number = alertId.substring(last + 1);
        if (!number.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(alertId.substring(0, last));
    }

    /** The rule id part of a state key or alert id. */
    public static String ruleOf(String keyOrAlertId) {
        int first = keyOrAlertId.indexOf(':');
        return first < 0 ? keyOrAlertId : keyOrAlertId.substring(0, first);
    }
}
