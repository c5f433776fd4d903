package io.cityops.jobs.air;

import io.cityops.ingest.schema.AirSeries;

/** The period an air result covers; its measurement name doubles as the indicator type on Kafka. */
public enum AirPeriod {
    HOURLY(AirSeries.HOURLY),
    DAILY(AirSeries.DAILY);

    private final String measurement;

    AirPeriod(String measurement) {
        this.measurement = measurement;
    }

    public String measurement() {
        return measurement;
    }
}
