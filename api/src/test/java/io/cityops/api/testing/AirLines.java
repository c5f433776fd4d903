package io.cityops.api.testing;

import io.cityops.ingest.schema.AirSeries;
import java.time.Instant;

/** Line-protocol points of the air series, as the air-quality job writes them. */
public final class AirLines {

    private AirLines() {
    }

    /** A point of {@code measurement} for a subject; {@code fields} is the line's field set, for instance {@code aqi=80i}. */
    public static String point(String measurement, String subject, String subjectType, Instant start, String fields) {
        return measurement + "," + AirSeries.TAG_SUBJECT + "=" + subject + "," + AirSeries.TAG_SUBJECT_TYPE + "="
                + subjectType + " " + fields + " " + start.toEpochMilli();
    }

    public static String hourlyStation(String station, Instant start, String fields) {
        return point(AirSeries.HOURLY, station, AirSeries.SUBJECT_STATION, start, fields);
    }

    public static String hourlyRegion(String region, Instant start, String fields) {
        return point(AirSeries.HOURLY, region, AirSeries.SUBJECT_REGION, start, fields);
    }

    public static String dailyRegion(String region, Instant start, String fields) {
        return point(AirSeries.DAILY, region, AirSeries.SUBJECT_REGION, start, fields);
    }
}
