package io.cityops.ingest.catalogue;

/** What kind of energy user an entity is. */
public enum EnergyEntityType {
    /** A key energy-using enterprise (重点用能单位) reporting through the online monitoring platform. */
    ENTERPRISE,
    /** A public building (offices, schools, hospitals). */
    PUBLIC_BUILDING,
    /** The residents of one sub-district, metered in aggregate. */
    RESIDENTIAL
}
