package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.util.Objects;

/** The answer to a command: the changed alert and its transition, or the unchanged alert and why. */
public sealed interface CommandResult extends Serializable {

    /** The alert after the command (applied) or as it stands (rejected). */
    Alert alert();

    record Applied(Alert alert, AuditEntry transition) implements CommandResult {
        public Applied {
            Objects.requireNonNull(alert, "alert");
            Objects.requireNonNull(transition, "transition");
        }
    }

    record Rejected(Alert alert, Reason reason, String detail) implements CommandResult {
        public Rejected {
            Objects.requireNonNull(alert, "alert");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Reason {
        /** Issued against another version than the current one (the API answers 409 with the alert). */
        STALE_VERSION,
        /** Not allowed from the alert's current state. */
        INVALID_TRANSITION,
        /** Missing actor, assignee or required note. */
        INVALID_COMMAND
    }
}
