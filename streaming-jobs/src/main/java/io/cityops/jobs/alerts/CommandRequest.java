package io.cityops.jobs.alerts;

/**
 * An operator command as it came from {@code city.alert-commands} (docs/alerts.md), routed to the
 * state of its alert but not yet checked: the alert's state machine checks it, so that even a
 * malformed command is answered with the alert as it stands.
 *
 * @param key             the state key, {@code {ruleId}:{subject}}
 * @param commandId       chosen by the issuer, echoed on the answer; may be null
 * @param alertId         the alert the command is addressed to
 * @param action          {@code accept}, {@code assign}, {@code resolve}, {@code close} or {@code reopen}, as sent
 * @param actor           who issued it
 * @param note            the note, or null
 * @param assignee        for {@code assign}, or null
 * @param verified        for {@code close}: null means true
 * @param expectedVersion the version the operator saw, or null when missing
 * @param issuedAtMs      when the operator issued it, epoch ms, or null when missing or unreadable
 */
public record CommandRequest(String key, String commandId, String alertId, String action, String actor, String note,
                             String assignee, Boolean verified, Long expectedVersion, Long issuedAtMs) {
}
