package io.cityops.api.catalogue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which catalogue the API serves.
 *
 * @param path a catalogue YAML file; when absent the default catalogue shipped with {@code ingest}
 */
@ConfigurationProperties(CatalogueProperties.PREFIX)
public record CatalogueProperties(@Nullable Path path) {

    public static final String PREFIX = "cityops.catalogue";

    public CatalogueProperties {
        if (path != null && !(Files.isRegularFile(path) && Files.isReadable(path))) {
            throw new IllegalArgumentException(PREFIX + ".path is not a readable file: " + path.toAbsolutePath());
        }
    }
}
