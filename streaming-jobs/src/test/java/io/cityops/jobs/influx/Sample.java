package io.cityops.jobs.influx;

import java.time.Instant;
import java.util.List;

/**
 * A numbered test element and its point: identity = measurement + station tag + time, both derived
 * from the number, so a replayed element rewrites its own point.
 */
public record Sample(long id, String station, double value, int attempt) {

    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    static final int STATIONS = 7;

    static Sample numbered(long id) {
        return new Sample(id, "aq-" + (id % STATIONS), id / 10.0, 0);
    }

    static InfluxPointConverter<Sample> toPoints(String measurement) {
        return sample -> List.of(InfluxPoint.builder(measurement, BASE.plusSeconds(sample.id()))
                .tag("station", sample.station())
                .field("id", sample.id())
                .field("value", sample.value())
                .field("attempt", sample.attempt())
                .build());
    }
}
