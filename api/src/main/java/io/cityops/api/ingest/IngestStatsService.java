package io.cityops.api.ingest;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.ingest.IngestViews.SensorStats;
import io.cityops.api.ingest.IngestViews.Stats;
import io.cityops.api.ingest.IngestViews.Totals;
import io.cityops.api.ingest.IngestViews.Uncatalogued;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.SensorKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Per-sensor loss accounting for a region: what arrived, what was dropped and why, who went quiet. */
@Singleton
class IngestStatsService {

    private final CatalogueLookup lookup;
    private final IngestStatsReader reader;
    private final IngestProperties properties;
    private final Clock clock;

    IngestStatsService(CatalogueLookup lookup, IngestStatsReader reader, IngestProperties properties, Clock clock) {
        this.lookup = lookup;
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
    }

    Stats stats(@Nullable String regionId, @Nullable String kindName) {
        Catalogue catalogue = lookup.catalogue();
        Region region = lookup.regionOrDistrict("region", regionId);
        Optional<SensorKind> kind = lookup.optionalKind("kind", kindName);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ZoneId zone = lookup.zone();
        Map<String, SensorCounters> counters = reader.counters();

        List<SensorStats> sensors = catalogue.sensors().stream()
                .filter(s -> kind.map(k -> s.kind() == k).orElse(true))
                .filter(s -> catalogue.isWithin(s.region(), region.id()))
                .map(s -> sensorStats(s, counters.getOrDefault(s.id(), SensorCounters.NONE), now, zone))
                .toList();
        boolean district = region.id().equals(catalogue.district().id());
        return new Stats(region.id(), kind.map(SensorKind::wireName).orElse(null), properties.staleAfter().toString(),
                now.atZone(zone).toOffsetDateTime(), sensors, totals(sensors),
                district && kind.isEmpty() ? uncatalogued(catalogue, counters) : null);
    }

    private SensorStats sensorStats(Sensor sensor, SensorCounters counters, Instant now, ZoneId zone) {
        return new SensorStats(sensor.id(), sensor.kind().wireName(), sensor.name(), sensor.region(), counters.accepted(),
                counters.duplicate(), counters.late(), counters.rejected(), counters.rejectedTotal(),
                counters.lastSeen() == null ? null : counters.lastSeen().atZone(zone).toOffsetDateTime(),
                Staleness.isStale(counters.lastSeen(), now, properties.staleAfter()));
    }

    private static Totals totals(List<SensorStats> sensors) {
        Map<String, Long> rejected = new TreeMap<>();
        sensors.forEach(s -> s.rejected().forEach((reason, n) -> rejected.merge(reason, n, Long::sum)));
        return new Totals(sensors.size(), (int) sensors.stream().filter(SensorStats::stale).count(),
                sensors.stream().mapToLong(SensorStats::accepted).sum(),
                sensors.stream().mapToLong(SensorStats::duplicate).sum(),
                sensors.stream().mapToLong(SensorStats::late).sum(),
                rejected,
                sensors.stream().mapToLong(SensorStats::rejectedTotal).sum());
    }

    private static Uncatalogued uncatalogued(Catalogue catalogue, Map<String, SensorCounters> counters) {
        Set<String> known = catalogue.sensors().stream().map(Sensor::id).collect(Collectors.toSet());
        List<SensorCounters> unknown = counters.entrySet().stream()
                .filter(e -> !known.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        Map<String, Long> rejected = new TreeMap<>();
        unknown.forEach(c -> c.rejected().forEach((reason, n) -> rejected.merge(reason, n, Long::sum)));
        return new Uncatalogued(unknown.size(), unknown.stream().mapToLong(SensorCounters::accepted).sum(), rejected,
                unknown.stream().mapToLong(SensorCounters::rejectedTotal).sum());
    }
}
