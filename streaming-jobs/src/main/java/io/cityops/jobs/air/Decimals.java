package io.cityops.jobs.air;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/**
 * Exact arithmetic for means that feed the AQI. Readings arrive as doubles; {@link BigDecimal#valueOf(double)}
 * takes their shortest decimal form (4.05 stays 4.05), and sums and means stay decimal from there on.
 */
final class Decimals {

    private Decimals() {
    }

    /** The reading's value as the decimal it was written as. */
    static BigDecimal of(double value) {
        return BigDecimal.valueOf(value);
    }

    /**
     * sum / count to 16 significant digits (IEEE 754 decimal64), which keeps every mean of values with
     * a few decimals exact; rounding to what the standard prints is the AQI calculator's business.
     */
    static BigDecimal mean(BigDecimal sum, long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("mean of no values");
        }
        return normalize(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64));
    }

    static BigDecimal mean(Collection<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return mean(sum, values.size());
    }

    /** Without trailing zeros, but never in exponent form (100, not 1E+2). */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Equal in value, whatever the scale; nulls equal each other. */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
