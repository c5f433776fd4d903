package io.cityops.jobs.energy.rules;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Intensity per unit GDP (tonnes per 10,000 yuan) over a span of the year, against the same span of
 * last year and of the base year.
 *
 * @param intensity        this year's span
 * @param lastYear         the same span last year, or {@code null} without last year's figures
 * @param base             the same span of the base year, or {@code null} without its figures
 * @param changeVsLastYear intensity ÷ lastYear − 1 (negative: it fell), or {@code null}
 * @param changeVsBase     intensity ÷ base − 1, or {@code null}
 */
public record IntensityFigures(BigDecimal intensity, BigDecimal lastYear, BigDecimal base, BigDecimal changeVsLastYear,
                               BigDecimal changeVsBase) implements Serializable {

    /** The reduction against last year as the barometer defines it: 1 − intensity ÷ lastYear. */
    public BigDecimal reductionVsLastYear() {
        return changeVsLastYear == null ? null : changeVsLastYear.negate();
    }
}
