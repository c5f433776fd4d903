package io.cityops.ingest.catalogue;

import java.io.Serializable;

/** Energy and carbon dual control: entities, conversion coefficients, emission factors, quotas and GDP. */
public record EnergyCatalogue() implements Serializable {

    /** The section is absent from the catalogue. */
    public static final EnergyCatalogue NONE = new EnergyCatalogue();
}
