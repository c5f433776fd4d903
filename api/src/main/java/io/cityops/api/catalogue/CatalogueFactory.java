package io.cityops.api.catalogue;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalogue is loaded once, at start-up, so a broken file stops the API instead of its first request. */
@Factory
class CatalogueFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueFactory.class);

    @Context
    Catalogue catalogue(CatalogueProperties properties) {
        Catalogue catalogue = properties.path() == null
                ? CatalogueLoader.loadDefault()
                : CatalogueLoader.load(properties.path());
        LOG.info("Catalogue {} ({}): {} regions, {} sensors, {} targets", catalogue.version(),
                properties.path() == null ? "default" : properties.path(), catalogue.regions().size(),
                catalogue.sensors().size(), catalogue.targets().size());
        return catalogue;
    }
}
