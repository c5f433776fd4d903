package io.cityops.jobs.network;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.NetworkCatalogue;
import io.cityops.ingest.catalogue.Region;
import io.cityops.ingest.catalogue.RegionLevel;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.jobs.network.congestion.CongestionRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as the network path needs it, indexed once: which site and sector each cell and power
 * meter belongs to, the sub-district and district each site counts in, the sites each region expects.
 */
public final class NetworkTopology implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Position of a sensor on its site: cell 1..n, or 0 for the site's power meter. */
    public record Place(String site, int cell) implements Serializable {
    }

    private final NetworkCatalogue network;
    private final NetworkPeriods periods;
    private final String district;
    private final HashMap<String, Place> places = new HashMap<>();
    private final HashMap<String, NetworkCatalogue.Site> sites = new HashMap<>();
    private final HashMap<String, Integer> expectedSites = new HashMap<>();
    private final HashMap<String, Long> population = new HashMap<>();
    private final HashMap<String, String> sensorKinds = new HashMap<>();
    private final ArrayList<String> regions = new ArrayList<>();

    public NetworkTopology(Catalogue catalogue) {
        this.network = catalogue.network();
        this.periods = new NetworkPeriods(network.reportingPeriod(), catalogue.timeZone());
        this.district = catalogue.district().id();
        for (NetworkCatalogue.Site site : network.sites()) {
            sites.put(site.id(), site);
            for (int c = 0; c < site.cells().size(); c++) {
                places.put(site.cells().get(c), new Place(site.id(), c + 1));
            }
            places.put(site.powerMeter(), new Place(site.id(), 0));
            expectedSites.merge(site.subDistrict(), 1, Integer::sum);
            expectedSites.merge(district, 1, Integer::sum);
        }
        regions.add(district);
        for (Region region : catalogue.regions()) {
            if (region.population() != null) {
                population.put(region.id(), region.population());
            }
            if (region.level() == RegionLevel.SUB_DISTRICT) {
                regions.add(region.id());
            }
        }
        for (Sensor sensor : catalogue.sensors()) {
            sensorKinds.put(sensor.id(), sensor.kind().wireName());
        }
    }

    public NetworkCatalogue network() {
        return network;
    }

    public NetworkPeriods periods() {
        return periods;
    }

    public String district() {
        return district;
    }

    public Optional<Place> place(String sensorId) {
        return Optional.ofNullable(places.get(sensorId));
    }

    public NetworkCatalogue.Site site(String siteId) {
        NetworkCatalogue.Site site = sites.get(siteId);
        if (site == null) {
            throw new IllegalArgumentException("unknown site " + siteId);
        }
        return site;
    }

    public List<NetworkCatalogue.Site> sites() {
        return network.sites();
    }

    /** The district first, then the sub-districts. */
    public List<String> regions() {
        return List.copyOf(regions);
    }

    /** The regions a site's figures roll up into: its sub-district and the district. */
    public List<String> regionsOf(String siteId) {
        return List.of(site(siteId).subDistrict(), district);
    }

    public int expectedSites(String region) {
        return expectedSites.getOrDefault(region, 0);
    }

    public int plannedSites(String region) {
        return region.equals(district) ? network.plannedSites()
                : network.planOf(region).map(NetworkCatalogue.SubDistrictPlan::planned).orElse(0);
    }

    public Long population(String region) {
        return population.get(region);
    }

    /** The kind of a catalogued sensor on the wire, or {@code unknown}. */
    public String kindOf(String sensorId) {
        return sensorKinds.getOrDefault(sensorId, "unknown");
    }

    public CongestionRule congestionRule() {
        return new CongestionRule(network.congestion().prbDlThresholdPct(), network.congestion().minimumDuration(),
                network.reportingPeriod());
    }
}
