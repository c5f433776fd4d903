package io.cityops.ingest.schema;

/**
 * Names of the energy and carbon series in InfluxDB, shared by the job that writes them and the API
 * that reads them. A point's identity is measurement + tags + period start, so a later contribution to
 * a period (a meter reporting after a gap) rewrites the same point with the new totals.
 */
public final class EnergySeries {

    /** Consumption per clock hour (local time), time = hour start. */
    public static final String HOURLY = "energy_hourly";
    /** Consumption per local day so far, time = day start. */
    public static final String DAILY = "energy_daily";
    /** Consumption per local month so far, time = month start. */
    public static final String MONTHLY = "energy_monthly";
    /** Year to date with pace, projection, intensity and barometer, time = year start (one point per subject and year). */
    public static final String YEAR_TO_DATE = "energy_ytd";
    /** Every barometer evaluation of a region, time = start of the hour it was evaluated after. */
    public static final String BAROMETER = "energy_barometer";
    /** Counter resets and meter swaps, time = the reading that showed it. */
    public static final String METER_EVENTS = "energy_meter_events";

    /** Tag: meter, entity or region id. */
    public static final String TAG_SUBJECT = "subject";
    /** Tag: {@link #SUBJECT_METER}, {@link #SUBJECT_ENTITY} or {@link #SUBJECT_REGION}. */
    public static final String TAG_SUBJECT_TYPE = "subject_type";
    public static final String SUBJECT_METER = "meter";
    public static final String SUBJECT_ENTITY = "entity";
    public static final String SUBJECT_REGION = "region";

    /** Tonnes of standard coal equivalent. */
    public static final String FIELD_TCE = "tce";
    /** Tonnes of CO2. */
    public static final String FIELD_TCO2 = "tco2";
    /** Native amounts: one field per counter key ({@code electricity_kwh}, {@code gas_m3}, {@code heat_gj}, {@code coal_kg}). */
    public static final String FIELD_NATIVE_PREFIX = "";
    /** True once the period can no longer change in the normal course (its end plus the allowed lateness passed). */
    public static final String FIELD_FINAL = "final";
    /** End of the latest hour the subject's figures include (epoch ms). */
    public static final String FIELD_AS_OF = "as_of";

    public static final String FIELD_QUOTA_TCE = "quota_tce";
    public static final String FIELD_QUOTA_TCO2 = "quota_tco2";
    public static final String FIELD_SHARE_USED_TCE = "share_used_tce";
    public static final String FIELD_SHARE_USED_TCO2 = "share_used_tco2";
    public static final String FIELD_EXPECTED_SHARE = "expected_share";
    public static final String FIELD_PROJECTION_TCE = "projection_tce";
    public static final String FIELD_PROJECTION_TCO2 = "projection_tco2";
    public static final String FIELD_PROJECTION_RATIO_TCE = "projection_ratio_tce";
    public static final String FIELD_PROJECTION_RATIO_TCO2 = "projection_ratio_tco2";
    public static final String FIELD_DAILY_BUDGET_TCE = "daily_budget_tce";
    public static final String FIELD_DAILY_BUDGET_RATIO = "daily_budget_ratio";

    /** Tonnes of standard coal per 10,000 yuan of GDP. */
    public static final String FIELD_ENERGY_INTENSITY = "energy_intensity";
    public static final String FIELD_ENERGY_INTENSITY_LAST_YEAR = "energy_intensity_last_year";
    public static final String FIELD_ENERGY_INTENSITY_BASE = "energy_intensity_base";
    public static final String FIELD_ENERGY_CHANGE_VS_LAST_YEAR = "energy_change_vs_last_year";
    public static final String FIELD_ENERGY_CHANGE_VS_BASE = "energy_change_vs_base";
    /** Tonnes of CO2 per 10,000 yuan of GDP. */
    public static final String FIELD_CARBON_INTENSITY = "carbon_intensity";
    public static final String FIELD_CARBON_INTENSITY_LAST_YEAR = "carbon_intensity_last_year";
    public static final String FIELD_CARBON_INTENSITY_BASE = "carbon_intensity_base";
    public static final String FIELD_CARBON_CHANGE_VS_LAST_YEAR = "carbon_change_vs_last_year";
    public static final String FIELD_CARBON_CHANGE_VS_BASE = "carbon_change_vs_base";

    public static final String FIELD_ENERGY_REQUIRED_PACE = "energy_required_pace";
    public static final String FIELD_CARBON_REQUIRED_PACE = "carbon_required_pace";
    /** Levels as text: {@code green}, {@code yellow}, {@code red}. */
    public static final String FIELD_ENERGY_INTENSITY_LEVEL = "energy_intensity_level";
    public static final String FIELD_ENERGY_TOTALS_LEVEL = "energy_totals_level";
    public static final String FIELD_ENERGY_LEVEL = "energy_level";
    public static final String FIELD_CARBON_INTENSITY_LEVEL = "carbon_intensity_level";
    public static final String FIELD_CARBON_TOTALS_LEVEL = "carbon_totals_level";
    public static final String FIELD_CARBON_LEVEL = "carbon_level";
    public static final String FIELD_LEVEL = "level";
    /** The level as the {@code barometer_level} observation carries it: 0 green, 1 yellow, 2 red. */
    public static final String FIELD_LEVEL_CODE = "level_code";
    public static final String FIELD_RULE = "rule";

    /** Meter events: {@code reset}; the counter before and after. */
    public static final String FIELD_EVENT = "event";
    public static final String FIELD_PREVIOUS = "previous";
    public static final String FIELD_CURRENT = "current";
    public static final String FIELD_ENTITY = "entity";

    private EnergySeries() {
    }
}
