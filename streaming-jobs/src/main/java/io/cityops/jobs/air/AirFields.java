package io.cityops.jobs.air;

import io.cityops.ingest.schema.AirSeries;

/**
 * InfluxDB field names of the air series that {@link AirSeries} does not define (yet): the rolling
 * concentrations of the hourly report and the year-to-date extras.
 */
public final class AirFields {

    /** Hourly: 24-hour rolling PM2.5 mean ({@code c_pm25_24h}). */
    public static final String C_PM25_24H = AirSeries.FIELD_CONCENTRATION_PREFIX + HourlyReports.PM25_24H;
    /** Hourly: 24-hour rolling PM10 mean ({@code c_pm10_24h}). */
    public static final String C_PM10_24H = AirSeries.FIELD_CONCENTRATION_PREFIX + HourlyReports.PM10_24H;
    /** Hourly: 8-hour rolling O3 mean ({@code c_o3_8h}). */
    public static final String C_O3_8H = AirSeries.FIELD_CONCENTRATION_PREFIX + HourlyReports.O3_8H;

    /** Year to date: the year's good-day-ratio target in percent. */
    public static final String GOOD_DAY_RATIO_TARGET = AirSeries.FIELD_GOOD_DAY_RATIO + "_target";
    /** Year to date: the year's PM2.5 annual-mean target. */
    public static final String PM25_MEAN_TARGET = AirSeries.FIELD_PM25_MEAN + "_target";
    /** Year to date: how many daily PM2.5 means make up {@code pm25_mean}. */
    public static final String PM25_DAYS = "pm25_days";
    /** Year to date: the last local day counted, ISO date. */
    public static final String LAST_DAY = "last_day";

    private AirFields() {
    }
}
