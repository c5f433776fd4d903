package io.cityops.jobs.air.aqi;

import java.io.Serializable;
import java.math.BigDecimal;

import static io.cityops.jobs.air.aqi.Concentrations.requireNonNegativeOrNull;

/**
 * Inputs of the daily report; null = missing or invalid. µg/m³, CO in mg/m³.
 *
 * @param so2     daily mean SO2
 * @param no2     daily mean NO2
 * @param co      daily mean CO
 * @param pm10    daily mean PM10
 * @param pm25    daily mean PM2.5
 * @param o3Max1h the day's maximum 1-hour O3 (used by the 2012 rules only)
 * @param o3Max8h the day's maximum 8-hour rolling O3 mean
 * @throws IllegalArgumentException if any value is negative
 */
public record DailyConcentrations(BigDecimal so2, BigDecimal no2, BigDecimal co, BigDecimal pm10, BigDecimal pm25,
                                  BigDecimal o3Max1h, BigDecimal o3Max8h) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DailyConcentrations {
        requireNonNegativeOrNull("so2", so2);
        requireNonNegativeOrNull("no2", no2);
        requireNonNegativeOrNull("co", co);
        requireNonNegativeOrNull("pm10", pm10);
        requireNonNegativeOrNull("pm25", pm25);
        requireNonNegativeOrNull("o3Max1h", o3Max1h);
        requireNonNegativeOrNull("o3Max8h", o3Max8h);
    }
}
