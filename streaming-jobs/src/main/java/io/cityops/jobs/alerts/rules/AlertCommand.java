package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.time.Instant;

/**
 * An operator's command, issued against the version of the alert the operator saw. A command against
 * any other version is rejected with the current alert, so no update is lost.
 */
public sealed interface AlertCommand extends Serializable {

    String actor();

    String note();

    Instant at();

    long expectedVersion();

    record Accept(String actor, String note, Instant at, long expectedVersion) implements AlertCommand {
    }

    /** Dispatch to a team or person. */
    record Assign(String actor, String assignee, String note, Instant at, long expectedVersion) implements AlertCommand {
    }

    /** Handling done; the note is the feedback and is required. */
    record Resolve(String actor, String note, Instant at, long expectedVersion) implements AlertCommand {
    }

    /** Verification of a resolved alert: verified closes it, not verified reopens it. */
    record Close(String actor, boolean verified, String note, Instant at, long expectedVersion) implements AlertCommand {
    }

    /** Reopen a resolved or closed alert; the note says why and is required. */
    record Reopen(String actor, String note, Instant at, long expectedVersion) implements AlertCommand {
    }
}
