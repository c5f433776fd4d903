package io.cityops.ingest.schema;

/**
 * Names of the air-quality series in InfluxDB, shared by the job that writes them and the API that
 * reads them. A point's identity is measurement + tags + period start, so a rewrite of a revised
 * result replaces the earlier point.
 */
public final class AirSeries {

    public static final String HOURLY = "air_hourly";
    public static final String DAILY = "air_daily";
    public static final String YEAR_TO_DATE = "air_ytd";

    /** Tag: station or region id. */
    public static final String TAG_SUBJECT = "subject";
    /** Tag: {@link #SUBJECT_STATION} or {@link #SUBJECT_REGION}. */
    public static final String TAG_SUBJECT_TYPE = "subject_type";
    public static final String SUBJECT_STATION = "station";
    public static final String SUBJECT_REGION = "region";

    /** Integer AQI; absent when the AQI is not available (HJ 633-2026 missing-data rule). */
    public static final String FIELD_AQI = "aqi";
    /**
     * Always written: false when the AQI is not available. InfluxDB keeps fields a rewrite leaves
     * out, so a revision that loses its AQI must say so instead of omitting {@link #FIELD_AQI}.
     */
    public static final String FIELD_AQI_AVAILABLE = "aqi_available";
    /** Category code, for instance {@code lightly_polluted}; absent with the AQI. */
    public static final String FIELD_CATEGORY = "category";
    /** Comma-separated pollutant keys, empty when AQI ≤ 50. */
    public static final String FIELD_PRIMARY = "primary";
    /** The rule set applied: {@code HJ 633-2012} or {@code HJ 633-2026}. */
    public static final String FIELD_STANDARD = "standard";
    /** Prefix of one IAQI field per indicator, for instance {@code iaqi_pm25}, {@code iaqi_o3_8h}. */
    public static final String FIELD_IAQI_PREFIX = "iaqi_";
    /** Prefix of one concentration field per indicator, for instance {@code c_pm25}. */
    public static final String FIELD_CONCENTRATION_PREFIX = "c_";
    /** How many times the result was rewritten by late data (0 for the first write). */
    public static final String FIELD_REVISION = "revision";
    /** True once no further update can come (allowed lateness passed). */
    public static final String FIELD_FINAL = "final";
    /** False when the result misses the validity rules (for instance fewer than 20 hourly means in a day). */
    public static final String FIELD_VALID = "valid";
    public static final String FIELD_STATIONS_REPORTING = "stations_reporting";
    public static final String FIELD_STATIONS_EXPECTED = "stations_expected";

    public static final String FIELD_GOOD_DAYS = "good_days";
    public static final String FIELD_VALID_DAYS = "valid_days";
    public static final String FIELD_GOOD_DAY_RATIO = "good_day_ratio";
    public static final String FIELD_PM25_MEAN = "pm25_mean";

    private AirSeries() {
    }
}
