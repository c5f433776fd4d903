package io.cityops.ingest.catalogue;

import io.cityops.ingest.reading.SensorKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the catalogue's {@code network} section (its shape is documented in
 * {@code catalogue/wanbailin.yaml} and {@code docs/network.md}).
 *
 * <p>The sites are declared compactly, per sub-district: how many are built, how many are planned, a
 * centre and a radius. The reader expands each row deterministically into sites
 * {@code g5-<sub-district>-NNN} on a sunflower (golden-angle) pattern around the centre, each in one of
 * the sub-district's communities in turn, with its cells {@code <site>-1..n} and its power meter
 * {@code <site>-pm}; it adds those cells and meters to the catalogue's sensors so that readings from
 * them validate like any other. The same section always yields the same ids and coordinates.
 */
final class NetworkCatalogueReader {

    static final String SITE_PREFIX = "g5-";
    static final String POWER_METER_SUFFIX = "-pm";

    /** What a cell reports (3GPP TS 28.552 counters, one record per reporting period). */
    static final List<String> CELL_MEASURES = List.of(
            "available", "prb_dl_pct", "prb_ul_pct", "rrc_users", "dl_mbps", "ul_mbps", "latency_ms", "traffic_gb");
    /** What a site's power meter reports. */
    static final List<String> METER_MEASURES = List.of("power_w");

    private static final Set<String> KEYS = Set.of("feed", "reportingPeriodMinutes", "cellsPerSite",
            "powerMeterIntervalSeconds", "congestion", "outage", "feedStop", "subDistricts");
    private static final Set<String> CONGESTION_KEYS = Set.of("prbDlThresholdPct", "minimumMinutes");
    private static final Set<String> OUTAGE_KEYS = Set.of("silenceMinutes");
    private static final Set<String> FEED_STOP_KEYS = Set.of("afterMinutes");
    private static final Set<String> ROW_KEYS = Set.of("region", "built", "planned", "lat", "lon", "radiusKm");

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final double KM_PER_DEGREE = 111.32;

    private NetworkCatalogueReader() {
    }

    /**
     * @param section the section, if present
     * @param regions the regions read so far (for cross-checks)
     * @param sensors the sensors read so far; the cells and power meters of the sites are added to it
     */
    static NetworkCatalogue read(Optional<DocNode> section, List<Region> regions, List<Sensor> sensors) {
        if (section.isEmpty()) {
            return NetworkCatalogue.NONE;
        }
        DocNode node = section.get().mapping(KEYS);
        String feed = node.optional("feed").map(DocNode::text).orElse(NetworkCatalogue.DEFAULT_FEED);
        DocNode periodNode = node.required("reportingPeriodMinutes");
        long periodMinutes = periodNode.integer();
        if (periodMinutes <= 0 || 60 % periodMinutes != 0) {
            throw periodNode.error("the reporting period must divide an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60 minutes),"
                    + " got " + periodMinutes);
        }
        Duration period = Duration.ofMinutes(periodMinutes);
        DocNode cellsNode = node.required("cellsPerSite");
        long cellsPerSite = cellsNode.integer();
        if (cellsPerSite < 1 || cellsPerSite > 12) {
            throw cellsNode.error("cells per site must be 1..12, got " + cellsPerSite);
        }
        DocNode meterNode = node.required("powerMeterIntervalSeconds");
        long meterInterval = meterNode.integer();
        if (meterInterval <= 0 || meterInterval > period.toSeconds()) {
            throw meterNode.error("the power meter must report at least once per reporting period (1.."
                    + period.toSeconds() + " seconds), got " + meterInterval);
        }
        NetworkCatalogue.Congestion congestion = congestion(node.required("congestion"), period);
        Duration silence = silence(node.required("outage"), period);
        Duration feedStop = feedStop(node.required("feedStop"), period);

        Map<String, Region> regionById = new HashMap<>();
        regions.forEach(r -> regionById.put(r.id(), r));
        Set<String> sensorIds = new HashSet<>();
        sensors.forEach(s -> sensorIds.add(s.id()));

        List<NetworkCatalogue.SubDistrictPlan> plan = new ArrayList<>();
        List<NetworkCatalogue.Site> sites = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (DocNode row : node.required("subDistricts").list()) {
            row.mapping(ROW_KEYS);
            DocNode regionNode = row.required("region");
            String regionId = regionNode.text();
            Region region = regionById.get(regionId);
            if (region == null) {
                throw regionNode.error("region '" + regionId + "' does not exist");
            }
            if (region.level() != RegionLevel.SUB_DISTRICT) {
                throw regionNode.error("'" + regionId + "' is a " + region.level() + "; the plan is kept per SUB_DISTRICT");
            }
            if (!planned.add(regionId)) {
                throw regionNode.error("sub-district '" + regionId + "' has two rows");
            }
            int built = count(row.required("built"));
            if (built > 999) {
                throw row.error("built", "at most 999 sites per sub-district, got " + built);
            }
            int plannedSites = count(row.required("planned"));
            double lat = coordinate(row.required("lat"), 90);
            double lon = coordinate(row.required("lon"), 180);
            DocNode radiusNode = row.required("radiusKm");
            double radius = radiusNode.number();
            if (radius <= 0 || radius > 50) {
                throw radiusNode.error("radius must be above 0 and at most 50 km, got " + radius);
            }
            plan.add(new NetworkCatalogue.SubDistrictPlan(regionId, built, plannedSites));
            List<Region> communities = regions.stream().filter(r -> regionId.equals(r.parent())).toList();
            for (int i = 0; i < built; i++) {
                NetworkCatalogue.Site site = site(region, communities, i, built, lat, lon, radius, (int) cellsPerSite);
                for (String id : ids(site)) {
                    if (!sensorIds.add(id)) {
                        throw row.error("sensor id '" + id + "' of site " + site.id() + " is already taken");
                    }
                }
                sites.add(site);
                addSensors(site, sensors, period, (int) meterInterval);
            }
        }
        return new NetworkCatalogue(feed, period, congestion, silence, feedStop, plan, sites);
    }

    private static NetworkCatalogue.Congestion congestion(DocNode node, Duration period) {
        node.mapping(CONGESTION_KEYS);
        DocNode thresholdNode = node.required("prbDlThresholdPct");
        BigDecimal threshold = BigDecimal.valueOf(thresholdNode.number());
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw thresholdNode.error("a PRB utilisation threshold must be above 0 and at most 100 %, got " + threshold);
        }
        DocNode minimumNode = node.required("minimumMinutes");
        long minimum = minimumNode.integer();
        if (minimum < period.toMinutes() || minimum % period.toMinutes() != 0) {
            throw minimumNode.error("the minimum duration must be a whole number of reporting periods ("
                    + period.toMinutes() + " minutes), got " + minimum);
        }
        return new NetworkCatalogue.Congestion(threshold.stripTrailingZeros(), Duration.ofMinutes(minimum));
    }

    private static Duration silence(DocNode node, Duration period) {
        node.mapping(OUTAGE_KEYS);
        DocNode silenceNode = node.required("silenceMinutes");
        long minutes = silenceNode.integer();
        if (minutes <= period.toMinutes()) {
            throw silenceNode.error("the silence before a site counts as down must be longer than the reporting period ("
                    + period.toMinutes() + " minutes), else every site would be down between two reports; got " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    private static Duration feedStop(DocNode node, Duration period) {
        node.mapping(FEED_STOP_KEYS);
        DocNode afterNode = node.required("afterMinutes");
        long minutes = afterNode.integer();
        if (minutes <= period.toMinutes()) {
            throw afterNode.error("the feed delivers a batch once per reporting period, so it can only count as stopped"
                    + " after more than one period (" + period.toMinutes() + " minutes) without a report; got " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    private static int count(DocNode node) {
        long value = node.integer();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw node.error("must be a count of sites (0 or more), got " + value);
        }
        return (int) value;
    }

    private static double coordinate(DocNode node, double bound) {
        double value = node.number();
        if (value < -bound || value > bound) {
            throw node.error(value + " is outside -" + (int) bound + ".." + (int) bound);
        }
        return value;
    }

    /** The i-th of n sites on a sunflower pattern: even density over the disc, no randomness. */
    private static NetworkCatalogue.Site site(Region subDistrict, List<Region> communities, int i, int n,
                                              double lat, double lon, double radiusKm, int cellsPerSite) {
        String shortName = subDistrict.id().startsWith(districtPrefix(subDistrict))
                ? subDistrict.id().substring(districtPrefix(subDistrict).length()) : subDistrict.id();
        String id = SITE_PREFIX + shortName + "-" + String.format("%03d", i + 1);
        double r = radiusKm * Math.sqrt((i + 0.5) / n);
        double theta = i * GOLDEN_ANGLE;
        double siteLat = round(lat + r * Math.cos(theta) / KM_PER_DEGREE);
        double siteLon = round(lon + r * Math.sin(theta) / (KM_PER_DEGREE * Math.cos(Math.toRadians(lat))));
        String region = communities.isEmpty() ? subDistrict.id() : communities.get(i % communities.size()).id();
        List<String> cells = new ArrayList<>();
        for (int c = 1; c <= cellsPerSite; c++) {
            cells.add(id + "-" + c);
        }
        return new NetworkCatalogue.Site(id, subDistrict.name() + " 5G site " + (i + 1), region, subDistrict.id(),
                siteLat, siteLon, cells, id + POWER_METER_SUFFIX);
    }

    /** Sub-district ids repeat the district's ({@code wbl-qianfeng}); site ids leave that part out. */
    private static String districtPrefix(Region subDistrict) {
        return subDistrict.parent() + "-";
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static List<String> ids(NetworkCatalogue.Site site) {
        List<String> ids = new ArrayList<>(site.cells());
        ids.add(site.id());
        ids.add(site.powerMeter());
        return ids;
    }

    private static void addSensors(NetworkCatalogue.Site site, List<Sensor> sensors, Duration period, int meterInterval) {
        for (int c = 0; c < site.cells().size(); c++) {
            sensors.add(new Sensor(site.cells().get(c), site.name() + " cell " + (c + 1), SensorKind.NETWORK,
                    SensorClass.BASE_STATION, CELL_MEASURES, site.region(), site.latitude(), site.longitude(),
                    (int) period.toSeconds(), null));
        }
        sensors.add(new Sensor(site.powerMeter(), site.name() + " power meter", SensorKind.NETWORK, SensorClass.BASE_STATION,
                METER_MEASURES, site.region(), site.latitude(), site.longitude(), meterInterval, null));
    }
}
