package io.cityops.ingest.catalogue;

import java.io.Serializable;

/** The 5G network: planned and built sites, their cells, KPI thresholds and the coverage plan. */
public record NetworkCatalogue() implements Serializable {

    /** The section is absent from the catalogue. */
    public static final NetworkCatalogue NONE = new NetworkCatalogue();
}
