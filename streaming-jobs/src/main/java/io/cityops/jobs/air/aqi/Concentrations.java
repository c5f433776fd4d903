package io.cityops.jobs.air.aqi;

import java.math.BigDecimal;

/** Input checks shared by the concentration records and the calculator. */
final class Concentrations {

    private Concentrations() {
    }

    /** Null passes (missing or invalid data); a negative value is a programming error upstream. */
    static BigDecimal requireNonNegativeOrNull(String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("Concentration " + name + " must not be negative, was "
                    + value.toPlainString());
        }
        return value;
    }

    static BigDecimal requireNonNegative(String name, BigDecimal value) {
        if (value == null) {
            throw new NullPointerException("Concentration " + name + " must not be null");
        }
        return requireNonNegativeOrNull(name, value);
    }
}
