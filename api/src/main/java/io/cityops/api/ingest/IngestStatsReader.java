package io.cityops.api.ingest;

import io.cityops.api.influx.InfluxQuery;
import io.cityops.api.influx.InfluxQueryClient;
import io.cityops.api.influx.InfluxRow;
import io.cityops.api.influx.InfluxSeries;
import io.cityops.ingest.schema.IngestSeries;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the loss-accounting counters. They are cumulative, so the newest value of each counter is
 * the total; taking each field's last value also copes with points that omit unchanged counters.
 */
@Singleton
class IngestStatsReader {

    private static final String LAST = "last_";
    private static final String SELECT_LAST = "SELECT last(*) FROM \"" + IngestSeries.MEASUREMENT + "\" GROUP BY \""
            + IngestSeries.TAG_SENSOR + "\"";

    private final InfluxQueryClient influx;

    IngestStatsReader(InfluxQueryClient influx) {
        this.influx = influx;
    }

    /** Counters per sensor id, for every sensor that has any. */
    Map<String, SensorCounters> counters() {
        Map<String, SensorCounters> counters = new HashMap<>();
        for (InfluxSeries series : influx.query(InfluxQuery.of(SELECT_LAST)).series()) {
            String sensor = series.tags().get(IngestSeries.TAG_SENSOR);
            if (sensor != null && !series.rows().isEmpty()) {
                counters.put(sensor, counters(series.rows().get(0)));
            }
        }
        return counters;
    }

    static SensorCounters counters(InfluxRow row) {
        Map<String, Long> rejected = new HashMap<>();
        String rejectedPrefix = LAST + IngestSeries.FIELD_REJECTED_PREFIX;
        row.columns().stream()
                .filter(column -> column.startsWith(rejectedPrefix))
                .forEach(column -> row.integer(column).filter(n -> n > 0)
                        .ifPresent(n -> rejected.put(column.substring(rejectedPrefix.length()), n)));
        return new SensorCounters(
                row.integer(LAST + IngestSeries.FIELD_ACCEPTED).orElse(0L),
                row.integer(LAST + IngestSeries.FIELD_DUPLICATE).orElse(0L),
                row.integer(LAST + IngestSeries.FIELD_LATE).orElse(0L),
                rejected,
                row.integer(LAST + IngestSeries.FIELD_LAST_SEEN).map(Instant::ofEpochMilli).orElse(null));
    }
}
