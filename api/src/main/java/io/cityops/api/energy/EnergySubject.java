package io.cityops.api.energy;

import io.cityops.ingest.reading.EnergyCarrier;
import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * What an energy series is about.
 *
 * @param id       meter, entity or region id (the series' {@code subject} tag)
 * @param type     meter, entity or region
 * @param name     display name
 * @param carriers the carriers its meters count
 * @param parameter the query parameter that named it
 */
record EnergySubject(String id, String type, String name, Set<EnergyCarrier> carriers, String parameter) {

    /** The only carrier, when there is exactly one. */
    @Nullable
    EnergyCarrier singleCarrier() {
        return carriers.size() == 1 ? carriers.iterator().next() : null;
    }
}
