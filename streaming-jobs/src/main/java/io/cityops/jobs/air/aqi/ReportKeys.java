package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keys of a report's maps and their stable order: the pollutants in {@link Pollutant} order (pm25,
 * pm10, so2, no2, co, o3), then the 8-hour ozone ({@code o3_8h}).
 */
final class ReportKeys {

    private ReportKeys() {
    }

    /** The pollutant an indicator key belongs to: {@code o3_8h} is ozone, the others are pollutant keys. */
    static Optional<Pollutant> pollutantOf(String key) {
        if (AqiIndicator.O3_8H_KEY.equals(key)) {
            return Optional.of(Pollutant.O3);
        }
        return Pollutant.fromKey(key);
    }

    private static int rank(String key) {
        if (AqiIndicator.O3_8H_KEY.equals(key)) {
            return Pollutant.values().length;
        }
        return Pollutant.fromKey(key).map(Pollutant::ordinal)
                .orElseThrow(() -> new IllegalArgumentException("Unknown AQI report key '" + key
                        + "'; expected one of pm25, pm10, so2, no2, co, o3, o3_8h"));
    }

    /** An unmodifiable copy in the stable key order; rejects unknown keys and null values. */
    static <V> Map<String, V> ordered(String what, Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        List<Map.Entry<String, V>> entries = new ArrayList<>(map.entrySet());
        for (Map.Entry<String, V> entry : entries) {
            rank(entry.getKey());
            if (entry.getValue() == null) {
                throw new IllegalArgumentException(what + " '" + entry.getKey() + "' must not be null");
            }
        }
        entries.sort((a, b) -> Integer.compare(rank(a.getKey()), rank(b.getKey())));
        Map<String, V> copy = new LinkedHashMap<>();
        entries.forEach(e -> copy.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(copy);
    }

    /** Pollutant keys of the given indicator keys, without duplicates, in the stable order. */
    static List<String> pollutantKeys(Collection<String> indicatorKeys) {
        return indicatorKeys.stream()
                .map(key -> pollutantOf(key).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown AQI report key '" + key + "'")))
                .distinct()
                .sorted()
                .map(Pollutant::key)
                .toList();
    }
}
