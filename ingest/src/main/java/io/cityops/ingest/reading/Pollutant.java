package io.cityops.ingest.reading;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six pollutants of GB 3095 / HJ 633, with their wire keys and units. CO is in mg/m³, the
 * others in µg/m³.
 */
public enum Pollutant {
    PM25("pm25", "µg/m³"),
    PM10("pm10", "µg/m³"),
    SO2("so2", "µg/m³"),
    NO2("no2", "µg/m³"),
    CO("co", "mg/m³"),
    O3("o3", "µg/m³");

    private final String key;
    private final String unit;

    Pollutant(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The key used in readings, API answers and InfluxDB field names. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public static Optional<Pollutant> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
