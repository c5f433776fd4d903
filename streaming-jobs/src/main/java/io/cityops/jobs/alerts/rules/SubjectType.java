package io.cityops.jobs.alerts.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an alert is about, with its name on the wire (the {@code subjectType} of rule observations,
 * INDICATORS.md): an air station, any sensor, a 5G site or cell, an energy-using entity, a region or
 * a data feed.
 */
public enum SubjectType {
    STATION("station"),
    SENSOR("sensor"),
    SITE("site"),
    CELL("cell"),
    ENTITY("entity"),
    REGION("region"),
    FEED("feed");

    private final String wireName;

    SubjectType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SubjectType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
