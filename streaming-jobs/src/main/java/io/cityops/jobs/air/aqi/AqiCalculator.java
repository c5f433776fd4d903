package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;

import java.math.BigDecimal;
import java.util.Objects;

import static io.cityops.jobs.air.aqi.AqiIndicator.CO_1H;
import static io.cityops.jobs.air.aqi.AqiIndicator.CO_24H;
import static io.cityops.jobs.air.aqi.AqiIndicator.NO2_1H;
import static io.cityops.jobs.air.aqi.AqiIndicator.NO2_24H;
import static io.cityops.jobs.air.aqi.AqiIndicator.O3_1H;
import static io.cityops.jobs.air.aqi.AqiIndicator.O3_8H;
import static io.cityops.jobs.air.aqi.AqiIndicator.PM10_24H;
import static io.cityops.jobs.air.aqi.AqiIndicator.PM25_24H;
import static io.cityops.jobs.air.aqi.AqiIndicator.SO2_1H;
import static io.cityops.jobs.air.aqi.AqiIndicator.SO2_24H;

/**
 * IAQI and AQI by HJ 633-2012 and HJ 633-2026 (DOMAIN.md §1). Pure functions on exact decimals.
 *
 * <p>Common to both rule sets: IAQI by linear interpolation between the bracketing breakpoints,
 * rounded up to an integer; a concentration on a breakpoint takes that breakpoint's IAQI; above the
 * top of a column that reaches IAQI 500 the IAQI is 500 (the standards define nothing there; 500 is
 * the usual convention). AQI = the largest IAQI. Primary pollutants: when the AQI is above 50, the
 * pollutants whose IAQI equals the AQI (all of them on a tie; both ozone indicators count as "o3");
 * none at or below 50.
 *
 * <p><b>HJ 633-2012.</b> Hourly: 1-hour SO2, NO2, CO and O3 (key "o3"), the 8-hour rolling O3
 * (key "o3_8h") and the 24-hour rolling PM10 and PM2.5 against the 24-hour columns. Daily: the
 * daily means of SO2, NO2, PM10, PM2.5 and CO against the 24-hour columns, the day's maximum
 * 1-hour O3 ("o3") and maximum 8-hour O3 ("o3_8h"). Concentrations are used as measured. A 1-hour
 * SO2 above 800 µg/m³ has no IAQI of its own: the 24-hour rolling SO2 is rated against the 24-hour
 * column instead, and without it SO2 has no IAQI. An 8-hour O3 above 800 µg/m³ yields no IAQI
 * ("o3_8h" is left out); the 1-hour O3 stands for ozone. Missing data: HJ 633-2012 states no rule,
 * so the AQI is computed from the pollutants present and published whatever its value.
 *
 * <p><b>HJ 633-2026.</b> Each concentration is first rounded per GB/T 8170 (half to even): CO to
 * one decimal, the others to integers; the report's concentrations are these rounded values.
 * Hourly: 1-hour means of SO2, NO2, CO, O3 against the 1-hour columns and 1-hour PM10 and PM2.5
 * against the 24-hour columns; the rolling inputs are ignored. Daily: the daily means of SO2, NO2,
 * CO, PM10, PM2.5 against the 24-hour columns and the day's maximum 8-hour O3 ("o3_8h"); the
 * maximum 1-hour O3 is ignored. A 1-hour SO2 above 800 has IAQI 200; an 8-hour O3 above 800 has
 * IAQI 300. <b>The AQI is clamped to at least 1</b>: the standard states the AQI range as 1–500
 * (category I is "1–50") although the formula gives 0 for zero concentrations, so all-zero input
 * reports AQI 1 (the individual IAQIs stay 0). Missing data: the AQI is computed from the
 * pollutants present and published only if it exceeds 100; otherwise AQI, category and primary
 * pollutants are not available, while the IAQIs and concentrations present are still reported.
 *
 * <p>In both rule sets a report with no pollutant at all is not available. The over-standard
 * pollutants (HJ 633-2012 only) are {@link AqiReport#overStandardPollutants()}. Negative
 * concentrations are a programming error and raise {@link IllegalArgumentException}.
 */
public final class AqiCalculator {

    /** SO2 1h and O3 8h columns end here (IAQI 200 and 300); above it the special rules apply. */
    private static final BigDecimal SPECIAL_RULE_LIMIT = BigDecimal.valueOf(800);
    /** HJ 633-2026: IAQI of a 1-hour SO2 above 800 µg/m³. */
    private static final int SO2_1H_ABOVE_LIMIT_IAQI_2026 = 200;
    /** HJ 633-2026: IAQI of an 8-hour O3 above 800 µg/m³. */
    private static final int O3_8H_ABOVE_LIMIT_IAQI_2026 = 300;

    private AqiCalculator() {
    }

    /** The hourly (real-time) report of one hour's concentrations under the given rule set. */
    public static AqiReport hourly(AqiStandard standard, HourlyConcentrations c) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(c, "concentrations");
        return switch (standard) {
            case HJ_633_2012 -> hourly2012(c);
            case HJ_633_2026 -> hourly2026(c);
        };
    }

    /** The daily report of one natural day's concentrations under the given rule set. */
    public static AqiReport daily(AqiStandard standard, DailyConcentrations c) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(c, "concentrations");
        return switch (standard) {
            case HJ_633_2012 -> daily2012(c);
            case HJ_633_2026 -> daily2026(c);
        };
    }

    /**
     * IAQI of one concentration against one indicator's column (no standard-specific special rules);
     * rounded up; 500 above the top breakpoint. Under HJ 633-2026 the concentration is first rounded
     * per GB/T 8170 like every 2026 input ({@link AqiStandard#roundConcentration}); rounding an
     * already rounded value changes nothing.
     *
     * @throws IllegalArgumentException for a negative concentration, or above 800 for {@link AqiIndicator#SO2_1H}
     *                                  and {@link AqiIndicator#O3_8H}, whose columns end there and
     *                                  whose values above it only the special rules of
     *                                  {@link #hourly}/{@link #daily} rate
     */
    public static int iaqi(AqiStandard standard, AqiIndicator indicator, BigDecimal concentration) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(indicator, "indicator");
        BigDecimal used = standard.roundConcentration(indicator.pollutant(), concentration);
        return BreakpointTable.column(standard, indicator).iaqi(used);
    }

    private static AqiReport hourly2012(HourlyConcentrations c) {
        ReportAssembler report = new ReportAssembler(AqiStandard.HJ_633_2012);
        if (aboveLimit(c.so2())) {
            // HJ 633-2012: SO2 1-hour above 800 is not rated by the 1-hour column; the 24-hour mean's IAQI is reported.
            report.interpolated(SO2_24H, c.so2Rolling24h());
        } else {
            report.interpolated(SO2_1H, c.so2());
        }
        report.interpolated(NO2_1H, c.no2())
                .interpolated(CO_1H, c.co())
                .interpolated(O3_1H, c.o3());
        o3EightHour2012(report, c.o3Rolling8h());
        return report.interpolated(PM10_24H, c.pm10Rolling24h())
                .interpolated(PM25_24H, c.pm25Rolling24h())
                .report();
    }

    private static AqiReport daily2012(DailyConcentrations c) {
        ReportAssembler report = new ReportAssembler(AqiStandard.HJ_633_2012)
                .interpolated(SO2_24H, c.so2())
                .interpolated(NO2_24H, c.no2())
                .interpolated(CO_24H, c.co())
                .interpolated(PM10_24H, c.pm10())
                .interpolated(PM25_24H, c.pm25())
                .interpolated(O3_1H, c.o3Max1h());
        o3EightHour2012(report, c.o3Max8h());
        return report.report();
    }

    /** HJ 633-2012: an 8-hour O3 above 800 gives no IAQI; the 1-hour O3 IAQI stands for ozone. */
    private static void o3EightHour2012(ReportAssembler report, BigDecimal o3EightHour) {
        if (aboveLimit(o3EightHour)) {
            report.missing();
        } else {
            report.interpolated(O3_8H, o3EightHour);
        }
    }

    private static AqiReport hourly2026(HourlyConcentrations c) {
        AqiStandard standard = AqiStandard.HJ_633_2026;
        ReportAssembler report = new ReportAssembler(standard);
        BigDecimal so2 = c.so2() == null ? null : standard.roundConcentration(Pollutant.SO2, c.so2());
        if (aboveLimit(so2)) {
            report.fixed(SO2_1H, so2, SO2_1H_ABOVE_LIMIT_IAQI_2026);
        } else {
            report.interpolated(SO2_1H, so2);
        }
        return report.interpolated(NO2_1H, c.no2())
                .interpolated(CO_1H, c.co())
                .interpolated(O3_1H, c.o3())
                .interpolated(PM10_24H, c.pm10())
                .interpolated(PM25_24H, c.pm25())
                .report();
    }

    private static AqiReport daily2026(DailyConcentrations c) {
        AqiStandard standard = AqiStandard.HJ_633_2026;
        ReportAssembler report = new ReportAssembler(standard)
                .interpolated(SO2_24H, c.so2())
                .interpolated(NO2_24H, c.no2())
                .interpolated(CO_24H, c.co())
                .interpolated(PM10_24H, c.pm10())
                .interpolated(PM25_24H, c.pm25());
        BigDecimal o3 = c.o3Max8h() == null ? null : standard.roundConcentration(Pollutant.O3, c.o3Max8h());
        if (aboveLimit(o3)) {
            report.fixed(O3_8H, o3, O3_8H_ABOVE_LIMIT_IAQI_2026);
        } else {
            report.interpolated(O3_8H, o3);
        }
        return report.report();
    }

    private static boolean aboveLimit(BigDecimal concentration) {
        return concentration != null && concentration.compareTo(SPECIAL_RULE_LIMIT) > 0;
    }
}
