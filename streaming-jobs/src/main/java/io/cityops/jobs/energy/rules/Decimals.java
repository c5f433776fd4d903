package io.cityops.jobs.energy.rules;

import java.math.BigDecimal;

/** Decimals without trailing zeros that still print plainly (400, not 4E+2) wherever they are written. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
