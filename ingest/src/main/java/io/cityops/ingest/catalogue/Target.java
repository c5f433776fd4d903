package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.util.Objects;

/**
 * A target the district measures itself against.
 *
 * @param id        stable id
 * @param region    region the target applies to
 * @param indicator what is measured, for instance {@code good_day_ratio} or {@code pm25_annual_mean}
 * @param value     the target figure
 * @param unit      unit of {@code value}, for instance {@code %} or {@code µg/m³}
 * @param year      the year the target is for
 * @param direction whether the indicator must stay at most or at least {@code value}
 * @param source    where the figure comes from (plan, standard) or "illustrative"
 */
public record Target(
        String id, String region, String indicator, double value, String unit, int year, Direction direction,
        String source) implements Serializable {

    public enum Direction {
        AT_MOST,
        AT_LEAST
    }

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(direction, "direction");
    }
}
