package io.cityops.jobs.alerts.rules;

import java.math.BigDecimal;

/**
 * Which side of a threshold is bad. Thresholds are strict on both edges: an ABOVE rule breaches
 * when the value is greater than the raise threshold and clears only when it falls below the clear
 * threshold, so the band between them (inclusive) keeps whatever state the alert already has.
 */
public enum Direction {
    ABOVE,
    BELOW;

    /** True when {@code value} is past {@code threshold} on the bad side. */
    public boolean isBeyond(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return this == ABOVE ? c > 0 : c < 0;
    }

    /** True when {@code value} has crossed back past the clear threshold on the good side. */
    public boolean hasCleared(BigDecimal value, BigDecimal clearThreshold) {
        int c = value.compareTo(clearThreshold);
        return this == ABOVE ? c < 0 : c > 0;
    }

    /** The worse of two values: the larger for ABOVE, the smaller for BELOW. */
    public BigDecimal worse(BigDecimal a, BigDecimal b) {
        return isBeyond(b, a) ? b : a;
    }
}
