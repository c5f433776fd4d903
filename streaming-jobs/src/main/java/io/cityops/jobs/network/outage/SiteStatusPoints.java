package io.cityops.jobs.network.outage;

import io.cityops.ingest.schema.NetworkSeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.time.Instant;
import java.util.List;

/**
 * Site states as points: a period-end state is a {@code network_site_status} point; a change is a
 * {@code network_outage} point at the outage's start (a restoration rewrites it with its end and
 * duration) and, for a change, also a status point at its instant so the latest view reacts at once.
 */
public final class SiteStatusPoints implements InfluxPointConverter<SiteStatus> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(SiteStatus s) {
        InfluxPoint status = InfluxPoint.builder(NetworkSeries.SITE_STATUS, Instant.ofEpochMilli(
                        SiteStatus.SNAPSHOT.equals(s.event()) ? s.at() : s.detectedAt()))
                .tag(NetworkSeries.TAG_SITE, s.site())
                .tag(NetworkSeries.TAG_REGION, s.region())
                .field(NetworkSeries.FIELD_AVAILABLE, s.up() ? 1L : 0L)
                .field(NetworkSeries.FIELD_CAUSE, s.up() ? "" : s.cause())
                .field(NetworkSeries.FIELD_SINCE, s.up() ? -1L : s.since())
                .field(NetworkSeries.FIELD_REPLAYED, s.replayed())
                .build();
        if (SiteStatus.SNAPSHOT.equals(s.event())) {
            return List.of(status);
        }
        boolean restored = SiteStatus.RESTORED.equals(s.event());
        InfluxPoint outage = InfluxPoint.builder(NetworkSeries.OUTAGE, Instant.ofEpochMilli(s.since()))
                .tag(NetworkSeries.TAG_SITE, s.site())
                .tag(NetworkSeries.TAG_REGION, s.region())
                .field(NetworkSeries.FIELD_CAUSE, s.cause())
                .field(NetworkSeries.FIELD_ONGOING, !restored)
                .field(NetworkSeries.FIELD_RESTORED, restored ? s.at() : -1L)
                .field(NetworkSeries.FIELD_DURATION_S, restored ? s.outageMs() / 1000 : null)
                // a rewrite keeps the fields it leaves out: the restoration keeps the detection time
                .field(NetworkSeries.FIELD_DETECTED, restored ? null : s.detectedAt())
                .build();
        return List.of(status, outage);
    }
}
