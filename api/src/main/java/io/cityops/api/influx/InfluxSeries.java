package io.cityops.api.influx;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One series of a result: a measurement, the tags it was grouped by, and its rows in time order. */
public record InfluxSeries(String measurement, Map<String, String> tags, List<InfluxRow> rows) {

    public InfluxSeries {
        tags = Map.copyOf(tags);
        rows = List.copyOf(rows);
    }

    /** A GROUP BY tag, or a tag returned as a column when the query did not group by it. */
    public Optional<String> tag(String name) {
        String value = tags.get(name);
        if (value != null) {
            return Optional.of(value);
        }
        return rows.isEmpty() ? Optional.empty() : rows.get(0).string(name);
    }
}
