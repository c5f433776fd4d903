package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.util.Objects;

/**
 * A node of the region tree.
 *
 * @param id         stable id, for instance {@code wbl} or {@code wbl-xiayuan}
 * @param name       English name
 * @param nameZh     Chinese name
 * @param level      district, sub-district or community
 * @param parent     id of the enclosing region, {@code null} for the district
 * @param population residents, or {@code null} when not known
 */
public record Region(String id, String name, String nameZh, RegionLevel level, String parent, Long population) implements Serializable {
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
