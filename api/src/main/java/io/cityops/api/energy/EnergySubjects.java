package io.cityops.api.energy;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.problem.BadParameterException;
import io.cityops.api.problem.NotFoundException;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.EnergyEntity;
import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.ingest.schema.EnergySeries;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Resolves {@code region}, {@code entity} or {@code meter} to a catalogued subject: 404 for unknown ids. */
@Singleton
class EnergySubjects {

    private final CatalogueLookup lookup;

    EnergySubjects(CatalogueLookup lookup) {
        this.lookup = lookup;
    }

    /** Exactly one of the given parameters must be present, unless {@code districtByDefault} and none is. */
    EnergySubject resolve(@Nullable String region, @Nullable String entity, @Nullable String meter, boolean districtByDefault) {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "region", region);
        put(given, "entity", entity);
        put(given, "meter", meter);
        if (given.size() > 1) {
            throw new BadParameterException(given.keySet().iterator().next(),
                    "give only one of " + String.join(", ", given.keySet()));
        }
        if (given.isEmpty()) {
            if (!districtByDefault) {
                throw new BadParameterException("region", "give one of region, entity or meter");
            }
            return region(lookup.catalogue().district(), "region");
        }
        String parameter = given.keySet().iterator().next();
        String id = given.get(parameter).strip();
        Catalogue catalogue = lookup.catalogue();
        return switch (parameter) {
            case "region" -> region(lookup.region("region", id), "region");
            case "entity" -> {
                EnergyEntity e = catalogue.energy().entity(id)
                        .orElseThrow(() -> new NotFoundException("entity", "no energy entity with id '" + id + "'"));
                Set<EnergyCarrier> carriers = EnumSet.noneOf(EnergyCarrier.class);
                catalogue.energy().metersOf(e.id()).forEach(m -> carriers.add(m.carrier()));
                yield new EnergySubject(e.id(), EnergySeries.SUBJECT_ENTITY, e.name(), carriers, "entity");
            }
            default -> {
                EnergyMeter m = catalogue.energy().meter(id)
                        .orElseThrow(() -> new NotFoundException("meter", "no energy meter with id '" + id + "'"));
                String name = catalogue.sensor(m.id()).map(s -> s.name()).orElse(m.id());
                yield new EnergySubject(m.id(), EnergySeries.SUBJECT_METER, name, EnumSet.of(m.carrier()), "meter");
            }
        };
    }

    private EnergySubject region(Region region, String parameter) {
        Catalogue catalogue = lookup.catalogue();
        Set<EnergyCarrier> carriers = EnumSet.noneOf(EnergyCarrier.class);
        for (EnergyMeter meter : catalogue.energy().meters()) {
            catalogue.energy().entity(meter.entity())
                    .filter(e -> catalogue.isWithin(e.region(), region.id()))
                    .ifPresent(e -> carriers.add(meter.carrier()));
        }
        return new EnergySubject(region.id(), EnergySeries.SUBJECT_REGION, region.name(), carriers, parameter);
    }

    private static void put(Map<String, String> given, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            given.put(name, value);
        }
    }
}
