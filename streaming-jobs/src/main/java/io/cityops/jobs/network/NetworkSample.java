package io.cityops.jobs.network;

import io.cityops.ingest.reading.Reading;
import io.cityops.jobs.common.ReadingIdentity;
import io.cityops.jobs.network.kpi.CellCounters;
import java.util.Map;
import java.util.Objects;

/**
 * A validated network reading, as the network path carries it: the site and sector it comes from
 * (sector 0 = the site's power meter), the values as on the wire (null where absent) and the payload,
 * which a too-late reading's dead letter repeats.
 */
public record NetworkSample(String sensorId, String site, int cell, long eventTime, Long seq, Double available,
                            Double prbDlPct, Double prbUlPct, Double rrcUsers, Double dlMbps, Double ulMbps,
                            Double latencyMs, Double trafficGb, Double powerW, String payload) implements ReadingIdentity {

    public NetworkSample {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(payload, "payload");
    }

    public static NetworkSample of(Reading reading, NetworkTopology.Place place, String payload) {
        Map<String, Double> v = reading.values();
        return new NetworkSample(reading.sensorId(), place.site(), place.cell(), reading.ts().toEpochMilli(), reading.seq(),
                v.get("available"), v.get("prb_dl_pct"), v.get("prb_ul_pct"), v.get("rrc_users"), v.get("dl_mbps"),
                v.get("ul_mbps"), v.get("latency_ms"), v.get("traffic_gb"), v.get("power_w"), payload);
    }

    /** A cell's counter report (rather than a power-meter sample). */
    public boolean isCellReport() {
        return cell > 0;
    }

    /** Whether the report says the cell was available; a report without the flag counts as available. */
    public boolean reportsAvailable() {
        return available == null || available >= 1.0;
    }

    public CellCounters counters() {
        return new CellCounters(available, prbDlPct, prbUlPct, rrcUsers, dlMbps, ulMbps, latencyMs, trafficGb);
    }
}
