package io.cityops.jobs.air;

import io.cityops.ingest.schema.AirSeries;

/** The two kinds of subject an air result is about, as written to InfluxDB and Kafka. */
public final class AirSubjects {

    public static final String STATION = AirSeries.SUBJECT_STATION;
    public static final String REGION = AirSeries.SUBJECT_REGION;

    private AirSubjects() {
    }

    /** Key of a subject's state: ids of stations and regions come from different lists and might coincide. */
    public static String key(String subjectType, String subject) {
        return subjectType + "/" + subject;
    }
}
