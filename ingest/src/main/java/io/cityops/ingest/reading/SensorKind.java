package io.cityops.ingest.reading;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of sensor the monitor watches, with their names on the wire. */
public enum SensorKind {
    AIR("air"),
    ENERGY("energy"),
    NETWORK("network");

    private final String wireName;

    SensorKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SensorKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
