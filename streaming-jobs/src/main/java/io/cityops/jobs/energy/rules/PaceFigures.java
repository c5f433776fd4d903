package io.cityops.jobs.energy.rules;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Consumption so far against an annual quota.
 *
 * @param used            consumed since the start of the year (or of the observations), tonnes
 * @param quota           the annual quota, tonnes
 * @param shareUsed       used ÷ quota, or {@code null} without a positive quota
 * @param expectedShare   the share of the year's consumption expected by now (profile or calendar)
 * @param projection      expected year-end total: used ÷ the expected share of the span it covers
 * @param projectionRatio projection ÷ quota, or {@code null} without a positive quota
 */
public record PaceFigures(BigDecimal used, BigDecimal quota, BigDecimal shareUsed, BigDecimal expectedShare,
                          BigDecimal projection, BigDecimal projectionRatio) implements Serializable {
}
