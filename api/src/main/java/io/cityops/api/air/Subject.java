package io.cityops.api.air;

import io.cityops.api.catalogue.Names;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.schema.AirSeries;
import io.micronaut.core.annotation.Nullable;

/**
 * What an air-quality series is about: a station or a region, with the names the screens show.
 *
 * @param id          station or region id (the series' {@code subject} tag)
 * @param type        {@link AirSeries#SUBJECT_STATION} or {@link AirSeries#SUBJECT_REGION}
 * @param name        English name (a station's display name)
 * @param nameZh      Chinese name, regions only
 * @param level       region level, regions only
 * @param sensorClass station class, stations only
 * @param region      the region a station stands in, stations only
 */
record Subject(String id, String type, String name, @Nullable String nameZh, @Nullable String level,
               @Nullable String sensorClass, @Nullable String region) {

    static Subject of(Region region) {
        return new Subject(region.id(), AirSeries.SUBJECT_REGION, region.name(), region.nameZh(),
                Names.code(region.level()), null, null);
    }

    static Subject of(Sensor station) {
        return new Subject(station.id(), AirSeries.SUBJECT_STATION, station.name(), null, null,
                Names.code(station.sensorClass()), station.region());
    }

    boolean isRegion() {
        return AirSeries.SUBJECT_REGION.equals(type);
    }
}
