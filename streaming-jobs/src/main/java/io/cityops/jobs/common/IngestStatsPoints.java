package io.cityops.jobs.common;

import io.cityops.ingest.schema.IngestSeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Loss-accounting counters as points of {@link IngestSeries#MEASUREMENT}: tags sensor and kind, one
 * integer field per counter (cumulative), stamped with the processing time of the snapshot.
 */
public final class IngestStatsPoints implements InfluxPointConverter<IngestStats> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(IngestStats stats) {
        InfluxPoint.Builder point = InfluxPoint.builder(IngestSeries.MEASUREMENT, Instant.ofEpochMilli(stats.asOf()))
                .tag(IngestSeries.TAG_SENSOR, stats.sensorId())
                .tag(IngestSeries.TAG_KIND, stats.kind())
                .field(IngestSeries.FIELD_ACCEPTED, stats.accepted())
                .field(IngestSeries.FIELD_DUPLICATE, stats.duplicate())
                .field(IngestSeries.FIELD_LATE, stats.late())
                .field(IngestSeries.FIELD_LAST_SEEN, stats.lastSeenMs());
        for (Map.Entry<String, Long> rejected : stats.rejected().entrySet()) {
            point.field(IngestSeries.FIELD_REJECTED_PREFIX + rejected.getKey(), rejected.getValue());
        }
        return List.of(point.build());
    }
}
