package io.cityops.ingest.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value keys each sensor kind may report and the range a physically possible value lies in.
 * A value outside its range is rejected as {@link RejectReason#IMPOSSIBLE_VALUE}: it is an
 * instrument fault or a unit mistake (CO sent in µg/m³, power in mW), never a real condition,
 * so it must not reach an average. The limits are deliberately wide: an extreme but real episode
 * (a dust storm, a winter smog peak) has to pass, and the indicator jobs flag those.
 *
 * <p>Why each bound (the "why" column of the table is also what a rejection detail cites):
 * <ul>
 *   <li>Air, all keys: concentrations cannot be negative. Upper bounds lie well above the top of
 *       the HJ 633 breakpoint table (the AQI stops at 500) and above the highest hourly values
 *       seen in Chinese monitoring: PM2.5 winter smog peaks of around 1,000 µg/m³, PM10 in the
 *       dust storms of northern China of several thousand µg/m³.</li>
 *   <li>CO is in mg/m³ (GB 3095 / HJ 633): 500 mg/m³ is more than three times the top
 *       breakpoint (150 mg/m³, 1-hour) and catches the common mistake of sending µg/m³
 *       (urban CO of about 1 mg/m³ arrives as 1,000).</li>
 *   <li>Energy: the four keys are cumulative counters; a counter is never negative (a counter
 *       that goes down is a reset, handled downstream, not a negative reading).</li>
 *   <li>Network (3GPP TS 28.552 measurements): availability is a flag 0 or 1; PRB utilisation
 *       is a percentage 0..100; users, throughput, latency, data volume and power are
 *       non-negative. Power tops out at 100 kW: a three-sector 5G site draws about 2.2–3.8 kW,
 *       so 100 kW only catches watts sent as milliwatts.</li>
 * </ul>
 */
public final class ValueLimits {

    /**
     * The range of one value key.
     *
     * @param kind   the sensor kind reporting the key
     * @param key    the key on the wire
     * @param unit   the unit the value must be in
     * @param min    smallest possible value (inclusive)
     * @param max    largest possible value (inclusive); {@code +Infinity} when there is none
     * @param binary whether only 0 and 1 are allowed
     * @param why    the reason for the range, quoted in rejection details
     */
    public record Limit(SensorKind kind, String key, String unit, double min, double max, boolean binary, String why) {

        /** A description of what is wrong with {@code value}, or empty when it is possible. */
        public Optional<String> problemWith(double value) {
            if (binary && value != 0.0 && value != 1.0) {
                return Optional.of(key + " = " + plain(value) + " but must be 0 or 1 (" + why + ")");
            }
            if (value < min) {
                return Optional.of(key + " = " + plain(value) + " " + unit + " is below " + plain(min) + " (" + why + ")");
            }
            if (value > max) {
                return Optional.of(key + " = " + plain(value) + " " + unit + " is above " + plain(max) + " (" + why + ")");
            }
            return Optional.empty();
        }

        private static String plain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    private static final double NONE = Double.POSITIVE_INFINITY;
    private static final String NOT_NEGATIVE = "a concentration cannot be negative";

    private static final Map<SensorKind, Map<String, Limit>> TABLE = build(List.of(
            // kind, key, unit, min, max, why
            air(Pollutant.PM25, 2000, "PM2.5 above 2,000 µg/m³ is twice the worst smog peaks on record"),
            air(Pollutant.PM10, 10000, "PM10 above 10,000 µg/m³ exceeds even dust-storm peaks"),
            air(Pollutant.SO2, 10000, "SO2 above 10,000 µg/m³ is far above the HJ 633 table (2,620) and analyser ranges"),
            air(Pollutant.NO2, 10000, "NO2 above 10,000 µg/m³ is far above the HJ 633 table (3,840) and analyser ranges"),
            air(Pollutant.CO, 500, "CO is in mg/m³; above 500 it is most likely sent in µg/m³"),
            air(Pollutant.O3, 5000, "O3 above 5,000 µg/m³ is far above the HJ 633 table (1,200)"),
            counter("electricity_kwh", "kWh"),
            counter("gas_m3", "m³"),
            counter("heat_gj", "GJ"),
            counter("coal_kg", "kg"),
            new Limit(SensorKind.NETWORK, "available", "", 0, 1, true, "availability is a flag"),
            network("prb_dl_pct", "%", 100, "PRB utilisation is a percentage 0..100"),
            network("prb_ul_pct", "%", 100, "PRB utilisation is a percentage 0..100"),
            network("rrc_users", "users", NONE, "a user count cannot be negative"),
            network("dl_mbps", "Mbit/s", NONE, "throughput cannot be negative"),
            network("ul_mbps", "Mbit/s", NONE, "throughput cannot be negative"),
            network("latency_ms", "ms", NONE, "latency cannot be negative"),
            network("power_w", "W", 100_000, "a 5G site draws a few kW; 100 kW means milliwatts were sent"),
            network("traffic_gb", "GB", NONE, "data volume cannot be negative")));

    private ValueLimits() {
    }

    /** The limit of {@code key} for {@code kind}, empty when the kind has no such key. */
    public static Optional<Limit> of(SensorKind kind, String key) {
        return Optional.ofNullable(TABLE.get(kind).get(key));
    }

    /** The keys a kind may report, in table order (for air: the order of {@link Pollutant}). */
    public static List<String> keys(SensorKind kind) {
        return List.copyOf(TABLE.get(kind).keySet());
    }

    public static List<Limit> all() {
        List<Limit> all = new ArrayList<>();
        TABLE.values().forEach(m -> all.addAll(m.values()));
        return Collections.unmodifiableList(all);
    }

    private static Limit air(Pollutant p, double max, String whyMax) {
        return new Limit(SensorKind.AIR, p.key(), p.unit(), 0, max, false, NOT_NEGATIVE + "; " + whyMax);
    }

    private static Limit counter(String key, String unit) {
        return new Limit(SensorKind.ENERGY, key, unit, 0, NONE, false, "a cumulative meter counter cannot be negative");
    }

    private static Limit network(String key, String unit, double max, String why) {
        return new Limit(SensorKind.NETWORK, key, unit, 0, max, false, why);
    }

    private static Map<SensorKind, Map<String, Limit>> build(List<Limit> limits) {
        Map<SensorKind, Map<String, Limit>> table = new EnumMap<>(SensorKind.class);
        for (SensorKind kind : SensorKind.values()) {
            table.put(kind, new LinkedHashMap<>());
        }
        for (Limit limit : limits) {
            if (table.get(limit.kind()).put(limit.key(), limit) != null) {
                throw new IllegalStateException("duplicate limit for " + limit.key());
            }
        }
        table.replaceAll((k, m) -> Collections.unmodifiableMap(m));
        return Collections.unmodifiableMap(table);
    }
}
