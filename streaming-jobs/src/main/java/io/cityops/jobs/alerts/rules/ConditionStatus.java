package io.cityops.jobs.alerts.rules;

/** The condition's own state, tracked beside the workflow: an alert can be resolved while still active. */
public enum ConditionStatus {
    ACTIVE,
    CLEARED
}
