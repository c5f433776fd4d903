package io.cityops.jobs.energy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Pace against an annual quota and the projection to year-end.
 *
 * <p>The projection scales what was used by the share of the year's consumption that the observed
 * span is expected to hold, so a monitor started in the middle of the year projects from what it
 * has seen instead of treating the unseen months as zero.
 */
public final class Pace {

    /** Decimals of ratios. */
    public static final int RATIO_SCALE = 6;
    /** Decimals of projected tonnes. */
    public static final int TONNE_SCALE = 6;

    private Pace() {
    }

    /**
     * @param used                consumption observed this year, tonnes
     * @param quota               annual quota, tonnes
     * @param expectedShareByNow  expected share of the year from its start to now
     * @param expectedShareSeen   expected share of the year from the first observation to now
     */
    public static PaceFigures of(BigDecimal used, BigDecimal quota, BigDecimal expectedShareByNow, BigDecimal expectedShareSeen) {
        BigDecimal projection = expectedShareSeen.signum() > 0
                ? Decimals.plain(used.divide(expectedShareSeen, TONNE_SCALE, RoundingMode.HALF_EVEN))
                : used;
        boolean hasQuota = quota != null && quota.signum() > 0;
        return new PaceFigures(used, quota,
                hasQuota ? ratio(used, quota) : null,
                expectedShareByNow,
                projection,
                hasQuota ? ratio(projection, quota) : null);
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return Decimals.plain(numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN));
    }
}
