package io.cityops.ingest;

/** Kafka topic names shared by every module. */
public final class Topics {

    /** Valid and not-yet-validated readings, key = sensor id. */
    public static final String READINGS = "city.readings";
    /** Rejected readings with the original payload and a reason. */
    public static final String READINGS_INVALID = "city.readings.invalid";
    /** Computed indicators and rule outcomes. */
    public static final String INDICATORS = "city.indicators";
    /** Every alert transition. */
    public static final String ALERTS = "city.alerts";
    /** Operator commands on alerts. */
    public static final String ALERT_COMMANDS = "city.alert-commands";

    private Topics() {
    }
}
