package io.cityops.jobs.air.aqi;

import io.cityops.ingest.reading.Pollutant;

/** One IAQI indicator: which pollutant and averaging period, i.e. which column of the breakpoint table. */
public enum AqiIndicator {
    SO2_1H(Pollutant.SO2, "so2"),
    SO2_24H(Pollutant.SO2, "so2"),
    NO2_1H(Pollutant.NO2, "no2"),
    NO2_24H(Pollutant.NO2, "no2"),
    PM10_24H(Pollutant.PM10, "pm10"),
    PM25_24H(Pollutant.PM25, "pm25"),
    CO_1H(Pollutant.CO, "co"),
    CO_24H(Pollutant.CO, "co"),
    O3_1H(Pollutant.O3, "o3"),
    O3_8H(Pollutant.O3, "o3_8h");

    /** Key of the 8-hour ozone indicator in reports, the API and InfluxDB. */
    public static final String O3_8H_KEY = "o3_8h";

    private final Pollutant pollutant;
    private final String key;

    AqiIndicator(Pollutant pollutant, String key) {
        this.pollutant = pollutant;
        this.key = key;
    }

    public Pollutant pollutant() {
        return pollutant;
    }

    /**
     * Key in reports/API/InfluxDB: "so2","no2","co","pm10","pm25","o3" for the headline column of
     * each pollutant in a report, and "o3_8h" for the 8-hour ozone.
     */
    public String key() {
        return key;
    }
}
