package io.cityops.jobs.alerts.rules;

/** The operators' side of an alert: discovery, acceptance, dispatch, handling, feedback and verified closure. */
public enum WorkflowState {
    OPEN,
    ACCEPTED,
    ASSIGNED,
    RESOLVED,
    CLOSED,
    REOPENED;

    /** Not yet taken on by an operator: the accept time limit runs. */
    public boolean awaitsAcceptance() {
        return this == OPEN || this == REOPENED;
    }

    /** Resolved or closed: the resolve time limit no longer runs. */
    public boolean isSettled() {
        return this == RESOLVED || this == CLOSED;
    }
}
