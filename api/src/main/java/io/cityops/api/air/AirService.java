package io.cityops.api.air;

import io.cityops.api.air.AirViews.AqiSeries;
import io.cityops.api.air.AirViews.Latest;
import io.cityops.api.air.AirViews.SubjectLatest;
import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.schema.AirSeries;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts the catalogue and the stored series together for the air-quality endpoints. */
@Singleton
class AirService {

    private final CatalogueLookup lookup;
    private final AirSeriesReader reader;

    AirService(CatalogueLookup lookup, AirSeriesReader reader) {
        this.lookup = lookup;
        this.reader = reader;
    }

    AqiSeries series(AqiRequest request) {
        ZoneId zone = lookup.zone();
        Subject subject = request.subject();
        return new AqiSeries(subject.id(), subject.type(), subject.name(), subject.nameZh(),
                request.resolution().code(), request.from().atZone(zone).toOffsetDateTime(),
                request.to().atZone(zone).toOffsetDateTime(), zone.getId(), reader.points(request));
    }

    /**
     * The region's newest hour and its children's: a district's sub-districts, or the air stations
     * (all classes) inside a sub-district or community. Children without data keep their place.
     */
    Latest latest(@Nullable String regionId) {
        Catalogue catalogue = lookup.catalogue();
        Region region = lookup.regionOrDistrict("region", regionId);
        List<Subject> childRegions = catalogue.children(region.id()).stream()
                .filter(child -> child.level() == RegionLevel.SUB_DISTRICT)
                .map(Subject::of)
                .toList();
        List<Subject> children = !childRegions.isEmpty() ? childRegions
                : catalogue.sensorsWithin(region.id(), SensorKind.AIR).stream().map(Subject::of).toList();

        List<String> regionIds = new ArrayList<>(List.of(region.id()));
        List<String> stationIds = new ArrayList<>();
        children.forEach(child -> (child.isRegion() ? regionIds : stationIds).add(child.id()));
        Map<String, AirPoint> regionPoints = reader.latestHourly(AirSeries.SUBJECT_REGION, regionIds);
        Map<String, AirPoint> stationPoints = reader.latestHourly(AirSeries.SUBJECT_STATION, stationIds);

        return new Latest(
                SubjectLatest.of(Subject.of(region), regionPoints.get(region.id())),
                children.stream()
                        .map(child -> SubjectLatest.of(child, (child.isRegion() ? regionPoints : stationPoints).get(child.id())))
                        .toList());
    }
}
