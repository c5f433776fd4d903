package io.cityops.jobs.air;

import java.util.Objects;

/**
 * A station's hourly means on their way to one region's roll-up.
 *
 * @param region  the sub-district or district
 * @param station the station's hourly means
 */
public record StationHour(String region, HourlyMeans station) {

    public StationHour {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(station, "station");
    }
}
