package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a year's consumption spreads over its months (weights, any scale; within a month by calendar
 * time). Without one, the expected share of the year is the share of calendar time elapsed.
 *
 * @param monthlyWeights twelve non-negative weights, January first
 */
public record SeasonalProfile(List<BigDecimal> monthlyWeights) implements Serializable {
    public SeasonalProfile {
        monthlyWeights = List.copyOf(monthlyWeights);
        if (monthlyWeights.size() != 12) {
            throw new IllegalArgumentException("a seasonal profile needs 12 monthly weights, got " + monthlyWeights.size());
        }
    }
}
