package io.cityops.ingest.reading;

import java.util.Arrays;
import java.util.Optional;

/** The energy carriers a meter counts, each with its cumulative counter key on the wire and its native unit. */
public enum EnergyCarrier {
    ELECTRICITY("electricity_kwh", "kWh"),
    GAS("gas_m3", "m³"),
    HEAT("heat_gj", "GJ"),
    COAL("coal_kg", "kg");

    private final String counterKey;
    private final String unit;

    EnergyCarrier(String counterKey, String unit) {
        this.counterKey = counterKey;
        this.unit = unit;
    }

    /** The value key of the cumulative counter, for instance {@code electricity_kwh}. */
    public String counterKey() {
        return counterKey;
    }

    /** The native unit the counter counts in. */
    public String unit() {
        return unit;
    }

    public static Optional<EnergyCarrier> fromCounterKey(String key) {
        return Arrays.stream(values()).filter(c -> c.counterKey.equals(key)).findFirst();
    }
}
