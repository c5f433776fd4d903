package io.cityops.api.catalogue;

import io.cityops.api.problem.BadParameterException;
import io.cityops.api.problem.NotFoundException;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.SensorKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves the ids a request names against the catalogue, answering 404 for an unknown id. Every
 * id that later reaches a query has passed through here, so only catalogued ids are ever looked up.
 */
@Singleton
public class CatalogueLookup {

    private final Catalogue catalogue;

    public CatalogueLookup(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public ZoneId zone() {
        return catalogue.timeZone();
    }

    /** The region named by {@code parameter}, or the district when the parameter is absent. */
    public Region regionOrDistrict(String parameter, @Nullable String id) {
        return id == null || id.isBlank() ? catalogue.district() : region(parameter, id);
    }

    public Region region(String parameter, String id) {
        return catalogue.region(id.strip())
                .orElseThrow(() -> new NotFoundException(parameter, "no region with id '" + id + "'"));
    }

    public Optional<Region> optionalRegion(String parameter, @Nullable String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(region(parameter, id));
    }

    public Sensor airStation(String parameter, String id) {
        return catalogue.sensor(id.strip())
                .filter(s -> s.kind() == SensorKind.AIR)
                .orElseThrow(() -> new NotFoundException(parameter, "no air-quality station with id '" + id + "'"));
    }

    public Optional<SensorKind> optionalKind(String parameter, @Nullable String wireName) {
        if (wireName == null || wireName.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SensorKind.fromWireName(wireName.strip()).orElseThrow(() -> new BadParameterException(
                parameter, "unknown sensor kind '" + wireName + "'; expected one of "
                        + Arrays.stream(SensorKind.values()).map(SensorKind::wireName).collect(Collectors.joining(", ")))));
    }
}
