package io.cityops.simulators.fault;

/**
 * How often each sensor or delivery fault starts, as a probability per reading (0 switches a fault
 * off). What each does:
 * <ul>
 *   <li>{@code stuck}: the sensor repeats its last values for 1–6 hours;</li>
 *   <li>{@code spike}: one value of one reading is 3–8 times too high (still within the contract's
 *       physical limits, so it reaches the indicators like a real spike does);</li>
 *   <li>{@code dropout}: the sensor sends nothing for 10 minutes to 2 hours;</li>
 *   <li>{@code duplicate}: the same reading (same {@code seq}) is sent again 0–30 s later;</li>
 *   <li>{@code late}: the reading is held back and sent 2–15 minutes after its timestamp;</li>
 *   <li>{@code outOfOrder}: the reading is sent after the sensor's next one or two.</li>
 * </ul>
 */
public record FaultConfig(double stuck, double spike, double dropout, double duplicate, double late, double outOfOrder) {

    public FaultConfig {
        check(stuck, "stuck");
        check(spike, "spike");
        check(dropout, "dropout");
        check(duplicate, "duplicate");
        check(late, "late");
        check(outOfOrder, "outOfOrder");
    }

    /** No faults: exactly one reading per station per interval, sent on time. */
    public static FaultConfig none() {
        return new FaultConfig(0, 0, 0, 0, 0, 0);
    }

    /**
     * Small rates for a lively demo. With the default catalogue (44 stations reporting every 1–5
     * minutes, about 47,000 readings a day) that is roughly, per day: 90 duplicates, 45 late and 45
     * out-of-order readings, 14 spikes, 2 drop-outs and one stuck sensor.
     */
    public static FaultConfig defaults() {
        return new FaultConfig(0.00002, 0.0003, 0.00005, 0.002, 0.001, 0.001);
    }

    public boolean anyEnabled() {
        return stuck > 0 || spike > 0 || dropout > 0 || duplicate > 0 || late > 0 || outOfOrder > 0;
    }

    public FaultConfig withStuck(double p) {
        return new FaultConfig(p, spike, dropout, duplicate, late, outOfOrder);
    }

    public FaultConfig withSpike(double p) {
        return new FaultConfig(stuck, p, dropout, duplicate, late, outOfOrder);
    }

    public FaultConfig withDropout(double p) {
        return new FaultConfig(stuck, spike, p, duplicate, late, outOfOrder);
    }

    public FaultConfig withDuplicate(double p) {
        return new FaultConfig(stuck, spike, dropout, p, late, outOfOrder);
    }

    public FaultConfig withLate(double p) {
        return new FaultConfig(stuck, spike, dropout, duplicate, p, outOfOrder);
    }

    public FaultConfig withOutOfOrder(double p) {
        return new FaultConfig(stuck, spike, dropout, duplicate, late, p);
    }

    private static void check(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("fault probability " + name + " must be in [0, 1], got " + p);
        }
    }
}
