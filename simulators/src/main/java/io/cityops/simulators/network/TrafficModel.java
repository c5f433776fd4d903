package io.cityops.simulators.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Load and the counters and power that follow from it (DOMAIN.md §3). Pure functions of the load
 * (0..1 of a cell's busy-hour capacity) and the time of day.
 */
final class TrafficModel {

    /**
     * Share of the busy-hour load per local hour: minimum 03:00–05:00 at about 10 % of the peak,
     * rising from 07:00, a plateau 10:00–17:00, the peak 20:00–23:00 with the busy hour at 21:00.
     */
    static final double[] DIURNAL = {
            0.40, 0.28, 0.18, 0.11, 0.10, 0.12, 0.20, 0.35, 0.52, 0.64, 0.70, 0.72,
            0.71, 0.70, 0.70, 0.71, 0.72, 0.74, 0.80, 0.88, 0.95, 1.00, 0.96, 0.70};

    /** Downlink volume a cell carries in 15 minutes at full load, GB (a 100 MHz 64T64R cell at high utilisation). */
    static final double PEAK_GB_PER_QUARTER = 12.0;

    private TrafficModel() {
    }

    /** The diurnal share at a fractional local hour, linear between whole hours. */
    static double diurnal(double hourOfDay) {
        double h = ((hourOfDay % 24) + 24) % 24;
        int i = (int) Math.floor(h);
        double f = h - i;
        return DIURNAL[i] * (1 - f) + DIURNAL[(i + 1) % 24] * f;
    }

    /** A cell's counters for one 15-minute period at the given load (0..1). */
    static Map<String, Double> cellCounters(double load, boolean available) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("available", available ? 1.0 : 0.0);
        double l = available ? clamp(load) : 0.0;
        values.put("prb_dl_pct", round(Math.min(100, 92 * l + 2 * (available ? 1 : 0)), 2));
        values.put("prb_ul_pct", round(Math.min(100, 38 * l + (available ? 1 : 0)), 2));
        values.put("rrc_users", round(140 * l, 1));
        // UE throughput falls as the cell fills up
        values.put("dl_mbps", available ? round(650 * (1 - 0.75 * l), 1) : 0.0);
        values.put("ul_mbps", available ? round(75 * (1 - 0.6 * l), 1) : 0.0);
        values.put("latency_ms", available ? round(7 + 28 * l * l, 1) : 0.0);
        values.put("traffic_gb", round(PEAK_GB_PER_QUARTER * l, 3));
        return values;
    }

    /**
     * A three-sector site's power at the mean load of its cells: P = (P_BBU 300 W + 3 × (P_AAU,idle 500 W +
     * (P_AAU,max 1,000 W − idle) × load)) × 1.1 for cooling and losses — about 2.0 kW idle, 3.6 kW at full load.
     */
    static double sitePowerW(double meanLoad, int cells) {
        double aau = cells * (500 + 500 * clamp(meanLoad));
        return round((300 + aau) * 1.1, 1);
    }

    static double clamp(double load) {
        return Math.max(0, Math.min(1, load));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
