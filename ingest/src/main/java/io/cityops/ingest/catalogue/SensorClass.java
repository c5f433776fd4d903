package io.cityops.ingest.catalogue;

/** What grade of instrument a sensor is; decides, for instance, which stations count in regional roll-ups. */
public enum SensorClass {
    /** Reference-grade station of the national monitoring network (国控点). */
    NATIONAL_CONTROL,
    /** Reference-grade station run by the province or city. */
    REFERENCE,
    /** Low-cost micro-station (微型站). */
    MICRO,
    /** Dust monitor at a construction site (扬尘监测). */
    DUST_MONITOR,
    /** Energy meter. */
    METER,
    /** 5G cell or site. */
    BASE_STATION
}
