package io.cityops.ingest.catalogue;

/** How electricity is converted to standard coal (GB/T 2589-2020). */
public enum ElectricityMethod {
    /** 当量值: the heat content of electricity, 0.1229 kgce/kWh; the default for comprehensive energy consumption. */
    EQUIVALENT_VALUE,
    /** 等价值: the coal the power plants burned to generate it (the year's thermal power coal consumption). */
    COAL_CONSUMPTION
}
