package io.cityops.jobs.alerts;

import io.cityops.jobs.alerts.rules.AlertCommand;
import java.time.Instant;
import java.util.Optional;

/** Turns a command as sent into the workflow's command; what the workflow itself checks is left to it. */
final class Commands {

    private Commands() {
    }

    static Optional<AlertCommand> toCommand(CommandRequest c, Instant at) {
        if (c.expectedVersion() == null || c.action() == null) {
            return Optional.empty();
        }
        long v = c.expectedVersion();
        return Optional.ofNullable(switch (c.action()) {
            case "accept" -> new AlertCommand.Accept(c.actor(), c.note(), at, v);
            case "assign" -> new AlertCommand.Assign(c.actor(), c.assignee(), c.note(), at, v);
            case "resolve" -> new AlertCommand.Resolve(c.actor(), c.note(), at, v);
            case "close" -> new AlertCommand.Close(c.actor(), c.verified() == null || c.verified(), c.note(), at, v);
            case "reopen" -> new AlertCommand.Reopen(c.actor(), c.note(), at, v);
            default -> null;
        });
    }

    /** Why {@link #toCommand} gave nothing. */
    static String problem(CommandRequest c) {
        if (c.action() == null) {
            return "action is required (accept, assign, resolve, close or reopen)";
        }
        if (c.expectedVersion() == null) {
            return "expectedVersion is required (the alert version the operator saw)";
        }
        return "unknown action '" + c.action() + "' (accept, assign, resolve, close or reopen)";
    }
}
