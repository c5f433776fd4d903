package io.cityops.jobs.energy.rules;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The barometer's verdict on one dimension (energy or carbon) with the numbers behind it.
 *
 * @param reduction        1 − intensity ÷ intensity of the same span last year, or {@code null} when not known
 * @param requiredPace     the reduction this year requires, or {@code null} without a target
 * @param intensityLevel   level of the intensity dimension, or {@code null} when it cannot be rated
 * @param projectionRatio  projected year-end total ÷ quota, or {@code null} without a quota
 * @param totalsLevel      level of the totals dimension, or {@code null} when it cannot be rated
 * @param level            the worse of the two, or {@code null} when neither can be rated
 */
public record DimensionRating(BigDecimal reduction, BigDecimal requiredPace, BarometerLevel intensityLevel,
                              BigDecimal projectionRatio, BarometerLevel totalsLevel, BarometerLevel level) implements Serializable {
}
