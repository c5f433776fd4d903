package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Who did what and when, with the note they left; {@code version} is the alert's version after the change. */
public record AuditEntry(long version, AuditAction action, String actor, Instant at, String note,
                         WorkflowState from, WorkflowState to, Severity severity) implements Serializable {

    /** Actor recorded for transitions the job makes on its own (condition changes, escalation). */
    public static final String SYSTEM = "system";

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(severity, "severity");
        note = note == null ? "" : note;
    }
}
