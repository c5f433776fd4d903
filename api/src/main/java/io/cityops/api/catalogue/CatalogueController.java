package io.cityops.api.catalogue;

import io.cityops.api.catalogue.CatalogueViews.Regions;
import io.cityops.api.catalogue.CatalogueViews.Sensors;
import io.cityops.api.catalogue.CatalogueViews.Targets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

/** The regions, sensors and targets the monitor knows. */
@Controller("/api/v1/catalogue")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Get("/regions")
    Regions regions() {
        return catalogue.regions();
    }

    @Get("/sensors")
    Sensors sensors(@QueryValue @Nullable String region, @QueryValue @Nullable String kind) {
        return catalogue.sensors(region, kind);
    }

    @Get("/targets")
    Targets targets(@QueryValue @Nullable String region) {
        return catalogue.targets(region);
    }
}
