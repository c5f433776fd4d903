package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One value per pollutant (µg/m³, CO mg/m³); null where the value is missing or invalid. A record of
 * six fields rather than a map so that it crosses the network as a plain POJO.
 */
public record PollutantValues(BigDecimal pm25, BigDecimal pm10, BigDecimal so2, BigDecimal no2, BigDecimal co,
                              BigDecimal o3) {

    public static final PollutantValues NONE = new PollutantValues(null, null, null, null, null, null);

    public BigDecimal get(Pollutant pollutant) {
        return switch (pollutant) {
            case PM25 -> pm25;
            case PM10 -> pm10;
            case SO2 -> so2;
            case NO2 -> no2;
            case CO -> co;
            case O3 -> o3;
        };
    }

    public PollutantValues with(Pollutant pollutant, BigDecimal value) {
        return new PollutantValues(
                pollutant == Pollutant.PM25 ? value : pm25,
                pollutant == Pollutant.PM10 ? value : pm10,
                pollutant == Pollutant.SO2 ? value : so2,
                pollutant == Pollutant.NO2 ? value : no2,
                pollutant == Pollutant.CO ? value : co,
                pollutant == Pollutant.O3 ? value : o3);
    }

    public boolean has(Pollutant pollutant) {
        return get(pollutant) != null;
    }

    public boolean isEmpty() {
        for (Pollutant p : Pollutant.values()) {
            if (has(p)) {
                return false;
            }
        }
        return true;
    }

    /** The present values by pollutant key, in {@link Pollutant} order. */
    public Map<String, BigDecimal> asMap() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (Pollutant p : Pollutant.values()) {
            if (has(p)) {
                map.put(p.key(), get(p));
            }
        }
        return map;
    }

    /** Equal in value pollutant by pollutant, whatever the decimal scale. */
    public boolean sameAs(PollutantValues other) {
        for (Pollutant p : Pollutant.values()) {
            if (!Decimals.same(get(p), other.get(p))) {
                return false;
            }
        }
        return true;
    }
}
