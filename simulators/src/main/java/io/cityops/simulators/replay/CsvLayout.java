package io.cityops.simulators.replay;

/** The two CSV shapes the replayer reads, recognised by their header. */
public enum CsvLayout {
    /** {@code sensorId,ts,pm25,pm10,...}: one row per reading, one column per value (empty = not measured). */
    WIDE,
    /** {@code sensorId,ts,pollutant,value}: one row per value; rows of the same sensor and time form one reading. */
    LONG
}
