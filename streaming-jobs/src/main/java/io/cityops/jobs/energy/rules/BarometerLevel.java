package io.cityops.jobs.energy.rules;

/** The dual-control barometer's levels, with the value the {@code barometer_level} observation carries. */
public enum BarometerLevel {
    /** Level 3: on track. */
    GREEN(0),
    /** Level 2 warning: intensity fell but slower than required, or the projection is close to the quota. */
    YELLOW(1),
    /** Level 1 warning: intensity rose year on year, or the projection exceeds the quota. */
    RED(2);

    private final int code;

    BarometerLevel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public BarometerLevel worse(BarometerLevel other) {
        return other == null || code >= other.code ? this : other;
    }
}
