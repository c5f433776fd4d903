package io.cityops.jobs.network;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small network for tests: district {@code d} with sub-districts {@code d-north} (two sites) and
 * {@code d-south} (one site), three cells each, 15-minute periods, congestion at DL PRB ≥ 80 % for 30
 * minutes, silence 20 minutes, feed stop after 20 minutes. Times read as a timeline from {@link #T0}.
 */
public final class NetworkFixtures {

    public static final String YAML = """
            version: "test"
            timeZone: Asia/Shanghai
            regions:
              - id: d
                name: District
                population: 30000
                children:
                  - id: d-north
                    name: North
                    population: 20000
                    children:
                      - {id: d-north-c1, name: North 1}
                  - {id: d-south, name: South, population: 10000}
            network:
              feed: network-oss
              reportingPeriodMinutes: 15
              cellsPerSite: 3
              powerMeterIntervalSeconds: 300
              congestion: {prbDlThresholdPct: 80, minimumMinutes: 30}
              outage: {silenceMinutes: 20}
              feedStop: {afterMinutes: 20}
              subDistricts:
                - {region: d-north, built: 2, planned: 3, lat: 37.87, lon: 112.52, radiusKm: 1.0}
                - {region: d-south, built: 1, planned: 1, lat: 37.85, lon: 112.46, radiusKm: 0.5}
            """;

    public static final String NORTH_1 = "g5-north-001";
    public static final String NORTH_2 = "g5-north-002";
    public static final String SOUTH_1 = "g5-south-001";
    public static final String FEED = "network-oss";

    /** Midnight 2026-11-28 in Shanghai: the start of a local day. */
    public static final Instant T0 = Instant.parse("2026-11-27T16:00:00Z");
    public static final long MINUTE = Duration.ofMinutes(1).toMillis();
    public static final long QUARTER = 15 * MINUTE;

    private NetworkFixtures() {
    }

    public static Catalogue catalogue() {
        return CatalogueLoader.parse(YAML, "network-fixtures.yaml");
    }

    public static NetworkTopology topology() {
        return new NetworkTopology(catalogue());
    }

    public static long at(long minutes) {
        return T0.toEpochMilli() + minutes * MINUTE;
    }

    /** A cell's counters for the period ending {@code minutes} after T0. */
    public static NetworkSample cell(String site, int cell, long minutes, boolean available, double prbDl, double trafficGb) {
        return new NetworkSample(site + "-" + cell, site, cell, at(minutes), minutes, available ? 1.0 : 0.0, prbDl,
                prbDl / 2, 20.0, 150.0, 20.0, 10.0, trafficGb, null, "{}");
    }

    public static NetworkSample power(String site, long minutes, double watts) {
        return new NetworkSample(site + "-pm", site, 0, at(minutes), minutes, null, null, null, null, null, null, null,
                null, watts, "{}");
    }

    /** A wire reading of a cell (for topology and job tests). */
    public static Reading cellReading(String site, int cell, long minutes, boolean available, double prbDl, double trafficGb) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("available", available ? 1.0 : 0.0);
        values.put("prb_dl_pct", prbDl);
        values.put("prb_ul_pct", prbDl / 2);
        values.put("rrc_users", 20.0);
        values.put("dl_mbps", 150.0);
        values.put("ul_mbps", 20.0);
        values.put("latency_ms", 10.0);
        values.put("traffic_gb", trafficGb);
        return new Reading(site + "-" + cell, SensorKind.NETWORK, Instant.ofEpochMilli(at(minutes)), minutes, values);
    }

    public static Reading powerReading(String site, long minutes, double watts) {
        return new Reading(site + "-pm", SensorKind.NETWORK, Instant.ofEpochMilli(at(minutes)), minutes,
                Map.of("power_w", watts));
    }
}
