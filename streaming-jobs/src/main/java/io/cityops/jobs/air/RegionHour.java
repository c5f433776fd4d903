package io.cityops.jobs.air;

import java.util.HashMap;
import java.util.Map;

/**
 * What a region knows of one hour: the latest hourly means of each of its stations, and what has
 * been published.
 */
public record RegionHour(Map<String, HourlyMeans> stations, int revision, boolean emitted) {

    public RegionHour {
        stations = stations == null ? Map.of() : Map.copyOf(stations);
    }

    public static RegionHour empty() {
        return new RegionHour(Map.of(), 0, false);
    }

    public RegionHour with(HourlyMeans station) {
        Map<String, HourlyMeans> more = new HashMap<>(stations);
        more.put(station.subject(), station);
        return new RegionHour(more, revision, emitted);
    }

    public RegionHour revised() {
        return new RegionHour(stations, revision + 1, true);
    }

    public RegionHour published() {
        return new RegionHour(stations, revision, true);
    }
}
