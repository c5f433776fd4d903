package io.cityops.jobs.alerts.rules;

/** Every kind of transition an alert can go through; each one is an audit entry and a new version. */
public enum AuditAction {
    OPENED,
    ACCEPTED,
    ASSIGNED,
    RESOLVED,
    CLOSED,
    REOPENED,
    ESCALATED,
    RESOLVE_OVERDUE,
    SEVERITY_RAISED,
    CONDITION_CLEARED,
    CONDITION_RETURNED
}
