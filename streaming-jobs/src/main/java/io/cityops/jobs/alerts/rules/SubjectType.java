package io.cityops.jobs.alerts.rules;

/** What an alert is about: a station, a 5G site, an energy-using entity, a region or any sensor's feed. */
public enum SubjectType {
    STATION,
    SITE,
    ENTITY,
    REGION,
    SENSOR
}
