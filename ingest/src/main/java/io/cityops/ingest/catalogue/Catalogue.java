package io.cityops.ingest.catalogue;

import java.io.Serializable;
import io.cityops.ingest.reading.SensorKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district's regions, sensors and targets: the one source the jobs and the API read.
 *
 * @param version   catalogue version, shown by the API
 * @param timeZone  local time zone for calendar days (Asia/Shanghai by default)
 * @param regions   the region tree, district first
 * @param sensors   every known sensor
 * @param targets   targets per region and indicator
 * @param airRollup which stations count in regional air-quality roll-ups
 * @param energy    energy and carbon dual control: entities, coefficients, quotas, GDP
 * @param network   the 5G network: sites, cells, thresholds, coverage plan
 * @param alerts    alert rules
 */
public record Catalogue(
        String version,
        ZoneId timeZone,
        List<Region> regions,
        List<Sensor> sensors,
        List<Target> targets,
        AirRollup airRollup,
        EnergyCatalogue energy,
        NetworkCatalogue network,
        AlertCatalogue alerts) implements Serializable {

    /** Sensor classes whose concentrations are averaged into sub-district and district figures. */
    public record AirRollup(Set<SensorClass> stationClasses) implements Serializable {
        public AirRollup {
            stationClasses = Set.copyOf(stationClasses);
        }

        public static AirRollup referenceGradeOnly() {
            return new AirRollup(Set.of(SensorClass.NATIONAL_CONTROL, SensorClass.REFERENCE));
        }
    }

    public Catalogue {
        Objects.requireNonNull(timeZone, "timeZone");
        regions = List.copyOf(regions);
        sensors = List.copyOf(sensors);
        targets = List.copyOf(targets);
        Objects.requireNonNull(airRollup, "airRollup");
        energy = energy == null ? EnergyCatalogue.NONE : energy;
        network = network == null ? NetworkCatalogue.NONE : network;
        alerts = alerts == null ? AlertCatalogue.NONE : alerts;
    }

    /** A catalogue of regions, sensors and air targets only. */
    public Catalogue(String version, ZoneId timeZone, List<Region> regions, List<Sensor> sensors, List<Target> targets,
            AirRollup airRollup) {
        this(version, timeZone, regions, sensors, targets, airRollup, null, null, null);
    }

    private Map<String, Region> regionIndex() {
        return regions.stream().collect(Collectors.toMap(Region::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Sensor> sensor(String id) {
        return sensors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The root of the region tree. */
    public Region district() {
        return regions.stream()
                .filter(r -> r.level() == RegionLevel.DISTRICT)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("catalogue has no district"));
    }

    public List<Region> children(String regionId) {
        return regions.stream().filter(r -> regionId.equals(r.parent())).toList();
    }

    public List<Region> subDistricts() {
        return regions.stream().filter(r -> r.level() == RegionLevel.SUB_DISTRICT).toList();
    }

    /** The chain from the given region up to the district, the region itself first. */
    public List<Region> lineage(String regionId) {
        Map<String, Region> index = regionIndex();
        List<Region> chain = new ArrayList<>();
        Region current = index.get(regionId);
        while (current != null) {
            chain.add(current);
            current = current.parent() == null ? null : index.get(current.parent());
        }
        return chain;
    }

    /** The sub-district a region lies in (itself when it is one), if any. */
    public Optional<Region> subDistrictOf(String regionId) {
        return lineage(regionId).stream().filter(r -> r.level() == RegionLevel.SUB_DISTRICT).findFirst();
    }

    /** Whether {@code regionId} is {@code ancestorId} or lies inside it. */
    public boolean isWithin(String regionId, String ancestorId) {
        return lineage(regionId).stream().anyMatch(r -> r.id().equals(ancestorId));
    }

    /** Every sensor of the given kind standing anywhere inside the region. */
    public List<Sensor> sensorsWithin(String regionId, SensorKind kind) {
        return sensors.stream().filter(s -> s.kind() == kind && isWithin(s.region(), regionId)).toList();
    }

    /** The air stations whose concentrations make up the region's roll-up. */
    public List<Sensor> airRollupStationsWithin(String regionId) {
        return sensorsWithin(regionId, SensorKind.AIR).stream()
                .filter(s -> airRollup.stationClasses().contains(s.sensorClass()))
                .toList();
    }

    public List<Target> targetsFor(String regionId) {
        return targets.stream().filter(t -> t.region().equals(regionId)).toList();
    }
}
