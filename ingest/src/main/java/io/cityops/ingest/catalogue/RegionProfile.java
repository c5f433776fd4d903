package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.util.Objects;

/**
 * A region's own seasonal profile: a heat-dominated residential sub-district spends far more of its
 * year in winter than one whose load is a kiln that runs all year.
 *
 * @param region  the region (its entities use the profile too)
 * @param profile its monthly weights
 */
public record RegionProfile(String region, SeasonalProfile profile) implements Serializable {
    public RegionProfile {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(profile, "profile");
    }
}
