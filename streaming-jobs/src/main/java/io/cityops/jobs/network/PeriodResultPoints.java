package io.cityops.jobs.network;

import io.cityops.ingest.schema.NetworkSeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import io.cityops.jobs.network.kpi.Kpis;
import java.time.Instant;
import java.util.List;

/** A KPI result as one {@code network_kpi} point at the start of its span. */
public final class PeriodResultPoints implements InfluxPointConverter<PeriodResult> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(PeriodResult r) {
        Kpis k = r.sums().kpis();
        InfluxPoint.Builder point = InfluxPoint.builder(NetworkSeries.KPI, Instant.ofEpochMilli(r.start()))
                .tag(NetworkSeries.TAG_SUBJECT_TYPE, r.subjectType())
                .tag(NetworkSeries.TAG_SUBJECT, r.subject())
                .tag(NetworkSeries.TAG_RESOLUTION, r.resolution().label())
                .tag(NetworkSeries.TAG_REGION, r.region())
                .field(NetworkSeries.FIELD_END, r.end())
                .field(NetworkSeries.FIELD_AVAILABILITY_PCT, k.availabilityPct())
                .field(NetworkSeries.FIELD_PRB_DL_PCT, k.prbDlPct())
                .field(NetworkSeries.FIELD_PRB_UL_PCT, k.prbUlPct())
                .field(NetworkSeries.FIELD_RRC_USERS, k.rrcUsers())
                .field(NetworkSeries.FIELD_DL_MBPS, k.dlMbps())
                .field(NetworkSeries.FIELD_UL_MBPS, k.ulMbps())
                .field(NetworkSeries.FIELD_LATENCY_MS, k.latencyMs())
                .field(NetworkSeries.FIELD_TRAFFIC_GB, k.trafficGb())
                .field(NetworkSeries.FIELD_POWER_W, k.powerW())
                .field(NetworkSeries.FIELD_ENERGY_KWH, k.energyKwh())
                .field(NetworkSeries.FIELD_GB_PER_KWH, k.gbPerKwh())
                .field(NetworkSeries.FIELD_BIT_PER_JOULE, k.bitPerJoule());
        if (r.site() != null) {
            point.tag(NetworkSeries.TAG_SITE, r.site());
        }
        if (PeriodResult.CELL.equals(r.subjectType())) {
            point.field(NetworkSeries.FIELD_CONGESTED, Boolean.TRUE.equals(r.congested()) ? 1L : 0L);
        } else {
            point.field(NetworkSeries.FIELD_CONGESTED_CELLS, (long) r.congestedCells());
            point.field(NetworkSeries.FIELD_SITES_REPORTING, (long) r.sitesReporting());
            point.field(NetworkSeries.FIELD_SITES_EXPECTED, (long) r.sitesExpected());
        }
        if (r.busyHourStart() >= 0) {
            point.field(NetworkSeries.FIELD_BUSY_HOUR, r.busyHourStart());
        }
        return List.of(point.build());
    }
}
