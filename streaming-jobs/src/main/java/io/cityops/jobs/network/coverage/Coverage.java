package io.cityops.jobs.network.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Active sites against the coverage plan, and site density.
 *
 * @param activeSites    sites that reported and were available in the last period
 * @param builtSites     sites built (in the catalogue)
 * @param plannedSites   sites the plan asks for
 * @param activePct      active ÷ planned × 100, one decimal; null without a plan
 * @param sitesPer10k    active sites per 10,000 residents, two decimals; null without population
 *                       (the national target for 2025 is 26 per 10,000 people, counting every operator)
 */
public record Coverage(int activeSites, int builtSites, int plannedSites, BigDecimal activePct, BigDecimal sitesPer10k) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public static Coverage of(int active, int built, int planned, Long population) {
        if (active < 0 || built < 0 || planned < 0) {
            throw new IllegalArgumentException("site counts cannot be negative");
        }
        BigDecimal pct = planned == 0 ? null
                : BigDecimal.valueOf(active).multiply(HUNDRED).divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_EVEN);
        BigDecimal density = population == null || population <= 0 ? null
                : BigDecimal.valueOf(active).multiply(TEN_THOUSAND).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_EVEN);
        return new Coverage(active, built, planned, pct, density);
    }

    /** Sites the plan still lacks, counting only active ones. */
    public int gap() {
        return Math.max(0, plannedSites - activeSites);
    }
}
