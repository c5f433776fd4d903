package io.cityops.ingest.catalogue;

import java.io.Serializable;

/** The alert rules the alert job applies to indicators. */
public record AlertCatalogue() implements Serializable {

    /** The section is absent from the catalogue. */
    public static final AlertCatalogue NONE = new AlertCatalogue();
}
