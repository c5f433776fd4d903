package io.cityops.api.alerts;

import io.cityops.api.problem.BadParameterException;

/** The checks docs/alerts.md asks of a command, made before it is sent so the operator hears at once. */
final class CommandValidator {

    static final int MAX_TEXT = 2000;

    private CommandValidator() {
    }

    static void validate(AlertAction action, CommandRequest request) {
        if (request == null) {
            throw new BadParameterException("body", "a JSON body {actor, note, assignee, verified, expectedVersion} is required");
        }
        requireText("actor", request.actor(), "who issues the command");
        if (request.expectedVersion() == null) {
            throw new BadParameterException("expectedVersion", "expectedVersion (the alert version you saw) is required");
        }
        if (request.expectedVersion() < 1) {
            throw new BadParameterException("expectedVersion", "expectedVersion must be at least 1, got "
                    + request.expectedVersion());
        }
        if (action == AlertAction.ASSIGN) {
            requireText("assignee", request.assignee(), "the team or person to assign to");
        } else if (request.assignee() != null) {
            throw new BadParameterException("assignee", "assignee belongs to assign only, not " + action.wireName());
        }
        if (action == AlertAction.RESOLVE || action == AlertAction.REOPEN) {
            requireText("note", request.note(), action == AlertAction.RESOLVE ? "the feedback on what was done"
                    : "why the alert is reopened");
        }
        if (request.verified() != null && action != AlertAction.CLOSE) {
            throw new BadParameterException("verified", "verified belongs to close only, not " + action.wireName());
        }
        limit("note", request.note());
    }

    private static void requireText(String parameter, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(parameter, parameter + " (" + what + ") is required");
        }
        limit(parameter, value);
    }

    private static void limit(String parameter, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new BadParameterException(parameter, parameter + " is longer than " + MAX_TEXT + " characters");
        }
    }
}
