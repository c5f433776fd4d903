package io.cityops.jobs.air;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.catalogue.Target;
import io.cityops.ingest.reading.Pollutant;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.IngestOutcome;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue as the air path needs it, indexed once: stations, the regions each station's
 * concentrations are rolled up into, how many stations each region expects, what each subject
 * measures, and the regions' air targets.
 *
 * <p>Regions with a roll-up are the sub-districts and the district. Only stations of the catalogue's
 * roll-up classes count (reference grade by default: micro-stations and dust monitors are not
 * comparable with reference instruments).
 */
public final class AirNetwork implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Indicator name of the good-day-ratio target in the catalogue (percent). */
    public static final String TARGET_GOOD_DAY_RATIO = "good_day_ratio";
    /** Indicator name of the PM2.5 annual-mean target in the catalogue (µg/m³). */
    public static final String TARGET_PM25_ANNUAL_MEAN = "pm25_annual_mean";

    private final ZoneId zone;
    private final HashMap<String, Sensor> sensors = new HashMap<>();
    private final HashMap<String, List<String>> rollupRegionsByStation = new HashMap<>();
    private final HashMap<String, Integer> expectedByRegion = new HashMap<>();
    private final HashMap<String, EnumSet<Pollutant>> measuredByRegion = new HashMap<>();
    private final ArrayList<Target> targets = new ArrayList<>();

    public AirNetwork(Catalogue catalogue) {
        this.zone = catalogue.timeZone();
        catalogue.sensors().forEach(s -> sensors.put(s.id(), s));
        for (Region region : catalogue.regions()) {
            if (region.level() == RegionLevel.COMMUNITY) {
                continue;
            }
            List<Sensor> stations = catalogue.airRollupStationsWithin(region.id());
            expectedByRegion.put(region.id(), stations.size());
            EnumSet<Pollutant> measured = EnumSet.noneOf(Pollutant.class);
            for (Sensor station : stations) {
                measured.addAll(measures(station));
                rollupRegionsByStation.computeIfAbsent(station.id(), id -> new ArrayList<>()).add(region.id());
            }
            measuredByRegion.put(region.id(), measured);
        }
        targets.addAll(catalogue.targets());
    }

    public ZoneId zone() {
        return zone;
    }

    public Optional<Sensor> sensor(String id) {
        return Optional.ofNullable(id == null ? null : sensors.get(id));
    }

    /** The kind of a catalogued sensor as on the wire, or {@link IngestOutcome#UNKNOWN}. */
    public String kindOf(String sensorId) {
        return sensor(sensorId).map(s -> s.kind().wireName()).orElse(IngestOutcome.UNKNOWN);
    }

    /** The nominal reporting interval of a station, in seconds; 60 when the catalogue does not say. */
    public int reportingIntervalSeconds(String stationId) {
        return sensor(stationId).map(Sensor::reportingIntervalSeconds).filter(s -> s > 0).orElse(60);
    }

    /** The sub-district and district the station's concentrations count in; empty for micro-stations and the like. */
    public List<String> rollupRegionsOf(String stationId) {
        return rollupRegionsByStation.getOrDefault(stationId, List.of());
    }

    /** Number of roll-up stations within the region. */
    public int expectedStations(String regionId) {
        return expectedByRegion.getOrDefault(regionId, 0);
    }

    /** The pollutants a station or region measures; all six for a station whose catalogue entry lists none. */
    public Set<Pollutant> measured(String subject, String subjectType) {
        if (AirSubjects.REGION.equals(subjectType)) {
            return measuredByRegion.getOrDefault(subject, EnumSet.allOf(Pollutant.class));
        }
        return sensor(subject).map(AirNetwork::measures).orElse(EnumSet.allOf(Pollutant.class));
    }

    /** The region's target for the indicator and year, if the catalogue has one. */
    public Optional<Target> target(String regionId, String indicator, int year) {
        return targets.stream()
                .filter(t -> t.region().equals(regionId) && t.indicator().equals(indicator) && t.year() == year)
                .findFirst();
    }

    private static EnumSet<Pollutant> measures(Sensor station) {
        if (station.kind() != SensorKind.AIR || station.measures().isEmpty()) {
            return EnumSet.allOf(Pollutant.class);
        }
        EnumSet<Pollutant> set = EnumSet.noneOf(Pollutant.class);
        station.measures().forEach(key -> Pollutant.fromKey(key).ifPresent(set::add));
        return set;
    }
}
