package io.cityops.ingest.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the catalogue's {@code network} section. */
final class NetworkCatalogueReader {

    private NetworkCatalogueReader() {
    }

    /**
     * @param section the section, if present
     * @param regions the regions read so far (for cross-checks)
     * @param sensors the sensors read so far; the section may add the sensors it declares
     */
    static NetworkCatalogue read(Optional<DocNode> section, List<Region> regions, List<Sensor> sensors) {
        section.ifPresent(node -> node.mapping(Set.of()));
        return NetworkCatalogue.NONE;
    }
}
