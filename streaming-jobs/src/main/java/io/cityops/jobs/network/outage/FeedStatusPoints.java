package io.cityops.jobs.network.outage;

import io.cityops.ingest.schema.NetworkSeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.time.Instant;
import java.util.List;

/** Feed states as {@code network_feed} points at the event time they refer to. */
public final class FeedStatusPoints implements InfluxPointConverter<FeedStatus> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(FeedStatus f) {
        return List.of(InfluxPoint.builder(NetworkSeries.FEED, Instant.ofEpochMilli(f.at()))
                .tag(NetworkSeries.TAG_FEED, f.feed())
                .field(NetworkSeries.FIELD_ALIVE, f.alive() ? 1L : 0L)
                .field(NetworkSeries.FIELD_CHANGED, f.changed())
                .field(NetworkSeries.FIELD_DETECTED, f.detectedAt())
                .field(NetworkSeries.FIELD_QUIET_MS, f.quietMs())
                .field(NetworkSeries.FIELD_REPLAYED, f.replayed())
                .build());
    }
}
