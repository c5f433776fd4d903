package io.cityops.ingest.schema;

/** The loss-accounting series: per sensor, what arrived and what became of it. */
public final class IngestSeries {

    public static final String MEASUREMENT = "ingest_stats";
    public static final String TAG_SENSOR = "sensor";
    public static final String TAG_KIND = "kind";

    public static final String FIELD_ACCEPTED = "accepted";
    public static final String FIELD_DUPLICATE = "duplicate";
    public static final String FIELD_LATE = "late";
    /** Prefix of one counter per reject reason, for instance {@code rejected_impossible_value}. */
    public static final String FIELD_REJECTED_PREFIX = "rejected_";
    /** Event time of the newest accepted reading, epoch milliseconds. */
    public static final String FIELD_LAST_SEEN = "last_seen_ms";

    /** The database the monitor writes to unless configured otherwise. */
    public static final String DEFAULT_DATABASE = "cityops";

    private IngestSeries() {
    }
}
