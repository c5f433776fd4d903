package io.cityops.api.influx;

import java.util.List;
import java.util.stream.Stream;

/** The series a single statement returned; empty when nothing matched or the database does not exist yet. */
public record InfluxResult(List<InfluxSeries> series) {

    public InfluxResult {
        series = List.copyOf(series);
    }

    public static InfluxResult empty() {
        return new InfluxResult(List.of());
    }

    public Stream<InfluxRow> rows() {
        return series.stream().flatMap(s -> s.rows().stream());
    }
}
