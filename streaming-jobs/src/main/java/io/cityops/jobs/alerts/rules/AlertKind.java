package io.cityops.jobs.alerts.rules;

/** The domain a rule watches; each kind carries its own time limits in the default rule set. */
public enum AlertKind {
    AIR("air"),
    ENERGY("energy"),
    NETWORK("network");

    private final String wireName;

    AlertKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
