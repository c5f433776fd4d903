package io.cityops.jobs.alerts.rules;

/** Severity in ascending order; escalation only ever moves up. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    /** The next level up, or this one when it is already the highest. */
    public Severity escalated() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }

    public Severity atLeast(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
