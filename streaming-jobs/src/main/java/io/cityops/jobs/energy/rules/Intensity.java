package io.cityops.jobs.energy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Energy and carbon intensity per unit GDP, in tonnes per 10,000 yuan.
 *
 * <p>A span of the year is compared fairly with the same span of another year: that year's recorded
 * total is taken in the share the seasonal profile gives the span, and each year's GDP in the share
 * calendar time gives it (output accrues evenly, consumption follows the seasons).
 */
public final class Intensity {

    public static final int SCALE = 8;
    /** 1 billion yuan = 100,000 × 10,000 yuan. */
    private static final BigDecimal TEN_THOUSANDS_PER_BILLION = BigDecimal.valueOf(100_000);

    private Intensity() {
    }

    /** Tonnes per 10,000 yuan of {@code tonnes} against {@code gdpBillionYuan × gdpShare}. */
    public static BigDecimal of(BigDecimal tonnes, BigDecimal gdpBillionYuan, BigDecimal gdpShare) {
        BigDecimal gdp = gdpBillionYuan.multiply(TEN_THOUSANDS_PER_BILLION).multiply(gdpShare);
        if (gdp.signum() <= 0) {
            throw new IllegalArgumentException("GDP of the span must be positive, got " + gdp.toPlainString());
        }
        return Decimals.plain(tonnes.divide(gdp, SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * @param tonnes         consumed (or emitted) in the span this year
     * @param gdp            this year's GDP, billion yuan
     * @param calendarShare  the span's share of calendar time
     * @param expectedShare  the span's share of a year's consumption (seasonal profile)
     * @param lastYearTotal  last year's recorded total, tonnes, or {@code null}
     * @param lastYearGdp    last year's GDP, or {@code null}
     * @param baseTotal      the base year's recorded total, or {@code null}
     * @param baseGdp        the base year's GDP, or {@code null}
     */
    public static IntensityFigures compare(BigDecimal tonnes, BigDecimal gdp, BigDecimal calendarShare, BigDecimal expectedShare,
                                           BigDecimal lastYearTotal, BigDecimal lastYearGdp, BigDecimal baseTotal,
                                           BigDecimal baseGdp) {
        BigDecimal intensity = of(tonnes, gdp, calendarShare);
        BigDecimal lastYear = lastYearTotal == null || lastYearGdp == null ? null
                : of(lastYearTotal.multiply(expectedShare), lastYearGdp, calendarShare);
        BigDecimal base = baseTotal == null || baseGdp == null ? null
                : of(baseTotal.multiply(expectedShare), baseGdp, calendarShare);
        return new IntensityFigures(intensity, lastYear, base, change(intensity, lastYear), change(intensity, base));
    }

    private static BigDecimal change(BigDecimal now, BigDecimal then) {
        if (then == null || then.signum() == 0) {
            return null;
        }
        return Decimals.plain(now.divide(then, Pace.RATIO_SCALE, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE));
    }
}
