package io.cityops.api.catalogue;

import io.cityops.api.catalogue.CatalogueViews.RegionView;
import io.cityops.api.catalogue.CatalogueViews.Regions;
import io.cityops.api.catalogue.CatalogueViews.SensorView;
import io.cityops.api.catalogue.CatalogueViews.Sensors;
import io.cityops.api.catalogue.CatalogueViews.TargetView;
import io.cityops.api.catalogue.CatalogueViews.Targets;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.SensorKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Filters the catalogue for the catalogue endpoints. */
@Singleton
class CatalogueService {

    private final CatalogueLookup lookup;

    CatalogueService(CatalogueLookup lookup) {
        this.lookup = lookup;
    }

    Regions regions() {
        Catalogue catalogue = lookup.catalogue();
        return new Regions(catalogue.version(), catalogue.timeZone().getId(),
                catalogue.regions().stream().map(RegionView::of).toList());
    }

    Sensors sensors(@Nullable String regionId, @Nullable String kindName) {
        Catalogue catalogue = lookup.catalogue();
        Optional<Region> region = lookup.optionalRegion("region", regionId);
        Optional<SensorKind> kind = lookup.optionalKind("kind", kindName);
        List<SensorView> sensors = catalogue.sensors().stream()
                .filter(s -> region.map(r -> catalogue.isWithin(s.region(), r.id())).orElse(true))
                .filter(s -> kind.map(k -> s.kind() == k).orElse(true))
                .map(s -> SensorView.of(s, subDistrictId(catalogue, s)))
                .toList();
        return new Sensors(catalogue.version(), region.map(Region::id).orElse(null),
                kind.map(SensorKind::wireName).orElse(null), sensors);
    }

    Targets targets(@Nullable String regionId) {
        Catalogue catalogue = lookup.catalogue();
        Optional<Region> region = lookup.optionalRegion("region", regionId);
        List<TargetView> targets = (region.isPresent() ? catalogue.targetsFor(region.get().id()) : catalogue.targets())
                .stream().map(TargetView::of).toList();
        return new Targets(catalogue.version(), region.map(Region::id).orElse(null), targets);
    }

    private static String subDistrictId(Catalogue catalogue, Sensor sensor) {
        return catalogue.subDistrictOf(sensor.region()).map(Region::id).orElse(null);
    }
}
