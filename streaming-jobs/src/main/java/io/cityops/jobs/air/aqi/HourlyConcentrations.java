package io.cityops.jobs.air.aqi;

import java.io.Serializable;
import java.math.BigDecimal;

import static io.cityops.jobs.air.aqi.Concentrations.requireNonNegativeOrNull;

/**
 * Inputs of the hourly (real-time) report; null = missing or invalid. µg/m³, CO in mg/m³.
 *
 * @param so2            1-hour mean SO2
 * @param no2            1-hour mean NO2
 * @param co             1-hour mean CO
 * @param o3             1-hour mean O3
 * @param pm10           1-hour mean PM10 (used by the 2026 rules)
 * @param pm25           1-hour mean PM2.5 (used by the 2026 rules)
 * @param pm10Rolling24h 24-hour rolling mean PM10 (used by the 2012 rules)
 * @param pm25Rolling24h 24-hour rolling mean PM2.5 (used by the 2012 rules)
 * @param o3Rolling8h    8-hour rolling mean O3 (used by the 2012 rules)
 * @param so2Rolling24h  24-hour rolling mean SO2 (2012 rule for a 1-hour SO2 above 800)
 * @throws IllegalArgumentException if any value is negative
 */
public record HourlyConcentrations(BigDecimal so2, BigDecimal no2, BigDecimal co, BigDecimal o3,
                                   BigDecimal pm10, BigDecimal pm25,
                                   BigDecimal pm10Rolling24h, BigDecimal pm25Rolling24h,
                                   BigDecimal o3Rolling8h,
                                   BigDecimal so2Rolling24h) implements Serializable {

    private static final long serialVersionUID = 1L;

    public HourlyConcentrations {
        requireNonNegativeOrNull("so2", so2);
        requireNonNegativeOrNull("no2", no2);
        requireNonNegativeOrNull("co", co);
        requireNonNegativeOrNull("o3", o3);
        requireNonNegativeOrNull("pm10", pm10);
        requireNonNegativeOrNull("pm25", pm25);
        requireNonNegativeOrNull("pm10Rolling24h", pm10Rolling24h);
        requireNonNegativeOrNull("pm25Rolling24h", pm25Rolling24h);
        requireNonNegativeOrNull("o3Rolling8h", o3Rolling8h);
        requireNonNegativeOrNull("so2Rolling24h", so2Rolling24h);
    }
}
