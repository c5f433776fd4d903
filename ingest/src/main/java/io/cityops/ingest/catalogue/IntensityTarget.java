package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A required reduction of energy or carbon intensity over a span of years.
 *
 * @param dimension  energy or carbon intensity
 * @param reduction  the fraction by which intensity must fall from the end of {@code fromYear} to the end of
 *                   {@code toYear} (0.145 for −14.5 %)
 * @param fromYear   the base year
 * @param toYear     the year the reduction must be reached
 * @param source     where the figure comes from
 */
public record IntensityTarget(Dimension dimension, BigDecimal reduction, int fromYear, int toYear, String source)
        implements Serializable {

    /** Which intensity a target constrains. */
    public enum Dimension {
        ENERGY,
        CARBON
    }

    public IntensityTarget {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(reduction, "reduction");
        Objects.requireNonNull(source, "source");
    }

    public int years() {
        return toYear - fromYear;
    }

    public boolean covers(int year) {
        return year > fromYear && year <= toYear;
    }
}
