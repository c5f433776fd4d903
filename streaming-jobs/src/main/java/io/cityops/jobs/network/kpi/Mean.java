package io.cityops.jobs.network.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Exact sum and count of one measure, so that means of periods, hours and regions come from the
 * readings themselves rather than from means of means.
 */
public record Mean(BigDecimal sum, long count) {

    public static final Mean NONE = new Mean(BigDecimal.ZERO, 0);

    public Mean {
        Objects.requireNonNull(sum, "sum");
        if (count < 0) {
            throw new IllegalArgumentException("count cannot be negative");
        }
    }

    /** One value, or nothing when the reading did not carry it. */
    public static Mean of(Double value) {
        return value == null ? NONE : new Mean(BigDecimal.valueOf(value), 1);
    }

    public Mean plus(Mean other) {
        return new Mean(sum.add(other.sum), count + other.count);
    }

    /** The mean to {@code scale} decimals (half even), or null when there are no values. */
    public BigDecimal value(int scale) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_EVEN);
    }
}
