package io.cityops.ingest.catalogue;

/** The three levels of grid management: district, sub-district (街道), community (社区). */
public enum RegionLevel {
    DISTRICT,
    SUB_DISTRICT,
    COMMUNITY
}
