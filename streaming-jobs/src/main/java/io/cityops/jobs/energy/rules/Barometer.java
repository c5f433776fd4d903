package io.cityops.jobs.energy.rules;

import io.cityops.ingest.catalogue.IntensityTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The dual-control barometer (能耗双控晴雨表) as this project states it:
 * <ul>
 *   <li>intensity: reduction = 1 − intensity this year to date ÷ intensity of the same period last
 *       year; red if it is negative (intensity rose), yellow if it is below the year's required pace,
 *       green otherwise;</li>
 *   <li>totals: projected year-end consumption ÷ quota; red above 1, yellow above the configured share
 *       (0.95 by default), green otherwise;</li>
 *   <li>a dimension's level is the worse of the two; the same rule applies to energy and to carbon,
 *       and a region's level is the worse of energy and carbon.</li>
 * </ul>
 * A five-year target R requires a yearly pace of 1 − (1 − R)^(1/5) and a cumulative reduction after k
 * years of 1 − (1 − R)^(k/5).
 */
public final class Barometer {

    /** Fractional powers are not exact decimals: paces are rounded to this many decimals. */
    public static final int PACE_SCALE = 6;

    public static final String RULE = "intensity: reduction = 1 − intensity to date ÷ same period last year; red < 0, "
            + "yellow < required pace, else green. totals: projection ÷ quota; red > 1, yellow > yellow share, else green. "
            + "level = worse of both dimensions, energy and carbon alike; region = worse of energy and carbon.";

    private Barometer() {
    }

    public static BarometerLevel intensityLevel(BigDecimal reduction, BigDecimal requiredPace) {
        if (reduction.signum() < 0) {
            return BarometerLevel.RED;
        }
        return requiredPace != null && reduction.compareTo(requiredPace) < 0 ? BarometerLevel.YELLOW : BarometerLevel.GREEN;
    }

    public static BarometerLevel totalsLevel(BigDecimal projectionRatio, BigDecimal yellowShare) {
        if (projectionRatio.compareTo(BigDecimal.ONE) > 0) {
            return BarometerLevel.RED;
        }
        return projectionRatio.compareTo(yellowShare) > 0 ? BarometerLevel.YELLOW : BarometerLevel.GREEN;
    }

    /** The reduction one year of {@code target} requires. */
    public static BigDecimal annualPace(IntensityTarget target) {
        return cumulativeRequired(target, 1);
    }

    /** The reduction {@code years} years into {@code target} require: 1 − (1 − R)^(k / span). */
    public static BigDecimal cumulativeRequired(IntensityTarget target, int years) {
        double remaining = Math.pow(BigDecimal.ONE.subtract(target.reduction()).doubleValue(), (double) years / target.years());
        return Decimals.plain(BigDecimal.ONE.subtract(BigDecimal.valueOf(remaining)).setScale(PACE_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * Rates one dimension.
     *
     * @param reduction       1 − intensity ÷ last year's, or {@code null} when not known
     * @param requiredPace    the year's required reduction, or {@code null} without a target
     * @param projectionRatio projection ÷ quota, or {@code null} without a quota
     * @param yellowShare     the totals' yellow threshold
     */
    public static DimensionRating rate(BigDecimal reduction, BigDecimal requiredPace, BigDecimal projectionRatio,
                                       BigDecimal yellowShare) {
        BarometerLevel intensity = reduction == null ? null : intensityLevel(reduction, requiredPace);
        BarometerLevel totals = projectionRatio == null ? null : totalsLevel(projectionRatio, yellowShare);
        BarometerLevel level = intensity == null ? totals : intensity.worse(totals);
        return new DimensionRating(reduction, requiredPace, intensity, projectionRatio, totals, level);
    }

    /** The worse of two levels, either possibly {@code null} (not rated). */
    public static BarometerLevel worse(BarometerLevel a, BarometerLevel b) {
        return a == null ? b : a.worse(b);
    }
}
