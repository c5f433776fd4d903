package io.cityops.jobs.air.aqi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The IAQI breakpoint tables of HJ 633-2012 and HJ 633-2026 (DOMAIN.md §1.1, Table 1 of each
 * standard). The two tables differ only at IAQI 100 of PM10 24h (150 → 120) and PM2.5 24h
 * (75 → 60). Concentrations in µg/m³, CO in mg/m³.
 */
final class BreakpointTable {

    /** IAQI at the breakpoints, row by row; a column may stop early (SO2 1h at 200, O3 8h at 300). */
    private static final int[] IAQI_LEVELS = {0, 50, 100, 150, 200, 300, 400, 500};

    private static final Column SO2_24H = new Column(AqiIndicator.SO2_24H, 0, 50, 150, 475, 800, 1600, 2100, 2620);
    private static final Column SO2_1H = new Column(AqiIndicator.SO2_1H, 0, 150, 500, 650, 800);
    private static final Column NO2_24H = new Column(AqiIndicator.NO2_24H, 0, 40, 80, 180, 280, 565, 750, 940);
    private static final Column NO2_1H = new Column(AqiIndicator.NO2_1H, 0, 100, 200, 700, 1200, 2340, 3090, 3840);
    private static final Column PM10_24H_2012 = new Column(AqiIndicator.PM10_24H, 0, 50, 150, 250, 350, 420, 500, 600);
    private static final Column PM10_24H_2026 = new Column(AqiIndicator.PM10_24H, 0, 50, 120, 250, 350, 420, 500, 600);
    private static final Column CO_24H = new Column(AqiIndicator.CO_24H, 0, 2, 4, 14, 24, 36, 48, 60);
    private static final Column CO_1H = new Column(AqiIndicator.CO_1H, 0, 5, 10, 35, 60, 90, 120, 150);
    private static final Column O3_1H = new Column(AqiIndicator.O3_1H, 0, 160, 200, 300, 400, 800, 1000, 1200);
    private static final Column O3_8H = new Column(AqiIndicator.O3_8H, 0, 100, 160, 215, 265, 800);
    private static final Column PM25_24H_2012 = new Column(AqiIndicator.PM25_24H, 0, 35, 75, 115, 150, 250, 350, 500);
    private static final Column PM25_24H_2026 = new Column(AqiIndicator.PM25_24H, 0, 35, 60, 115, 150, 250, 350, 500);

    private BreakpointTable() {
    }

    static Column column(AqiStandard standard, AqiIndicator indicator) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(indicator, "indicator");
        boolean rules2026 = standard == AqiStandard.HJ_633_2026;
        return switch (indicator) {
            case SO2_1H -> SO2_1H;
            case SO2_24H -> SO2_24H;
            case NO2_1H -> NO2_1H;
            case NO2_24H -> NO2_24H;
            case PM10_24H -> rules2026 ? PM10_24H_2026 : PM10_24H_2012;
            case PM25_24H -> rules2026 ? PM25_24H_2026 : PM25_24H_2012;
            case CO_1H -> CO_1H;
            case CO_24H -> CO_24H;
            case O3_1H -> O3_1H;
            case O3_8H -> O3_8H;
        };
    }

    /** One column of the table: the concentrations at IAQI 0, 50, 100, 150, 200, 300, 400, 500 (as far as it goes). */
    static final class Column {
        private final AqiIndicator indicator;
        private final List<BigDecimal> breakpoints;

        private Column(AqiIndicator indicator, int... breakpoints) {
            this.indicator = indicator;
            this.breakpoints = Arrays.stream(breakpoints).mapToObj(BigDecimal::valueOf).toList();
        }

        /** The highest concentration the column covers. */
        BigDecimal top() {
            return breakpoints.get(breakpoints.size() - 1);
        }

        /** Whether the column runs up to IAQI 500, so that anything above it is reported as 500. */
        boolean reaches500() {
            return breakpoints.size() == IAQI_LEVELS.length;
        }

        /**
         * IAQI = (IAQI_hi − IAQI_lo) / (BP_hi − BP_lo) × (C − BP_lo) + IAQI_lo, rounded up (DOMAIN.md
         * §1.1). The product is formed before the single division, which rounds the exact quotient
         * up, so an exact integer stays that integer (binary floating point may turn 210 into 211).
         * A concentration on a breakpoint yields that breakpoint's IAQI from either adjacent band.
         *
         * @param concentration non-negative, already rounded as the rule set requires
         * @throws IllegalArgumentException above the top of a column that stops below IAQI 500 (SO2 1h
         *                                  above 800, O3 8h above 800): the standards' special rules apply
         */
        int iaqi(BigDecimal concentration) {
            for (int hi = 1; hi < breakpoints.size(); hi++) {
                BigDecimal bpHi = breakpoints.get(hi);
                if (concentration.compareTo(bpHi) <= 0) {
                    BigDecimal bpLo = breakpoints.get(hi - 1);
                    int iaqiLo = IAQI_LEVELS[hi - 1];
                    BigDecimal numerator = BigDecimal.valueOf(IAQI_LEVELS[hi] - iaqiLo)
                            .multiply(concentration.subtract(bpLo));
                    BigDecimal aboveLo = numerator.divide(bpHi.subtract(bpLo), 0, RoundingMode.CEILING);
                    return aboveLo.intValueExact() + iaqiLo;
                }
            }
            if (reaches500()) {
                return IAQI_LEVELS[IAQI_LEVELS.length - 1];
            }
            throw new IllegalArgumentException(indicator + " has no IAQI above " + top().toPlainString()
                    + " (was " + concentration.toPlainString()
                    + "); the rule set's special rule applies, see AqiCalculator.hourly/daily");
        }
    }
}
