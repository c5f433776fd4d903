package io.cityops.ingest.catalogue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.reading.ValueLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a catalogue YAML file (the shape is documented at the top of
 * {@code catalogue/wanbailin.yaml}) and checks it before anything runs on it: unknown keys, missing
 * keys, duplicate ids, references to regions that do not exist, a region tree that is not exactly
 * one district over sub-districts over communities, sensors whose class or measured keys do not fit
 * their kind. Every problem is a {@link CatalogueException} naming the file and the document path.
 */
public final class CatalogueLoader {

    /** Classpath location of the catalogue shipped with the monitor. */
    public static final String DEFAULT_RESOURCE = "catalogue/wanbailin.yaml";
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    /** Ids travel in MQTT topics, Kafka keys and InfluxDB tags: no wildcards, separators or spaces. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> ROOT_KEYS = Set.of(
            "version", "timeZone", "airRollup", "regions", "sensors", "targets", "energy", "network", "alerts");
    private static final Set<String> ROLLUP_KEYS = Set.of("stationClasses");
    private static final Set<String> REGION_KEYS = Set.of("id", "name", "nameZh", "level", "parent", "population", "children");
    private static final Set<String> SENSOR_KEYS = Set.of(
            "id", "name", "kind", "class", "measures", "region", "lat", "lon", "intervalSeconds", "entity");
    private static final Set<String> TARGET_KEYS = Set.of("id", "region", "indicator", "value", "unit", "year", "direction", "source");

    private static final Map<SensorKind, Set<SensorClass>> CLASSES_BY_KIND = Map.of(
            SensorKind.AIR, EnumSet.of(SensorClass.NATIONAL_CONTROL, SensorClass.REFERENCE, SensorClass.MICRO, SensorClass.DUST_MONITOR),
            SensorKind.ENERGY, EnumSet.of(SensorClass.METER),
            SensorKind.NETWORK, EnumSet.of(SensorClass.BASE_STATION));

    private CatalogueLoader() {
    }

    /** The catalogue shipped with the monitor (Wanbailin District). */
    public static Catalogue loadDefault() {
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CatalogueException("classpath:" + DEFAULT_RESOURCE, "", "resource not found on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + DEFAULT_RESOURCE, e);
        }
    }

    public static Catalogue load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogueException(file.toAbsolutePath().toString(), "", "cannot read the file: " + e, e);
        }
        return parse(text, file.toAbsolutePath().toString());
    }

    /**
     * Parses catalogue YAML.
     *
     * @param source named in error messages (a file name or {@code classpath:…})
     */
    public static Catalogue parse(String yaml, String source) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new CatalogueException(source, "", "not valid YAML: " + e.getOriginalMessage() + locationOf(e), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new CatalogueException(source, "", "the document is empty");
        }
        return new Reader().read(DocNode.root(tree, source));
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** One pass over one document; remembers where each id was declared for the cross-checks. */
    private static final class Reader {
        private final List<Region> regions = new ArrayList<>();
        private final Map<String, DocNode> regionNodes = new HashMap<>();

        Catalogue read(DocNode root) {
            root.mapping(ROOT_KEYS);
            String version = root.required("version").text();
            ZoneId zone = root.optional("timeZone").map(Reader::zone).orElse(DEFAULT_TIME_ZONE);
            Catalogue.AirRollup rollup = root.optional("airRollup").map(Reader::rollup)
                    .orElseGet(Catalogue.AirRollup::referenceGradeOnly);

            List<DocNode> regionList = root.required("regions").list();
            if (regionList.isEmpty()) {
                throw root.error("regions", "there must be at least the district");
            }
            regionList.forEach(node -> region(node, null));
            checkRegionTree(root);

            List<Sensor> sensors = new ArrayList<>();
            Set<String> sensorIds = new HashSet<>();
            for (DocNode node : root.optional("sensors").map(DocNode::list).orElse(List.of())) {
                Sensor sensor = sensor(node);
                if (!sensorIds.add(sensor.id())) {
                    throw node.error("id", "duplicate sensor id '" + sensor.id() + "'");
                }
                sensors.add(sensor);
            }

            List<Target> targets = new ArrayList<>();
            Set<String> targetIds = new HashSet<>();
            for (DocNode node : root.optional("targets").map(DocNode::list).orElse(List.of())) {
                Target target = target(node);
                if (!targetIds.add(target.id())) {
                    throw node.error("id", "duplicate target id '" + target.id() + "'");
                }
                targets.add(target);
            }
            EnergyCatalogue energy = EnergyCatalogueReader.read(root.optional("energy"), regions, sensors);
            NetworkCatalogue network = NetworkCatalogueReader.read(root.optional("network"), regions, sensors);
            AlertCatalogue alerts = AlertCatalogueReader.read(root.optional("alerts"), regions, sensors);
            return new Catalogue(version, zone, regions, sensors, targets, rollup, energy, network, alerts);
        }

        private static ZoneId zone(DocNode node) {
            try {
                return ZoneId.of(node.text());
            } catch (DateTimeException e) {
                throw node.error("unknown time zone '" + node.text() + "' (use a region id such as Asia/Shanghai)");
            }
        }

        private static Catalogue.AirRollup rollup(DocNode node) {
            node.mapping(ROLLUP_KEYS);
            Set<SensorClass> classes = new LinkedHashSet<>();
            for (DocNode item : node.required("stationClasses").list()) {
                SensorClass sensorClass = item.enumValue(SensorClass.class);
                if (!CLASSES_BY_KIND.get(SensorKind.AIR).contains(sensorClass)) {
                    throw item.error(sensorClass + " is not an air-station class");
                }
                classes.add(sensorClass);
            }
            if (classes.isEmpty()) {
                throw node.error("stationClasses", "must name at least one class");
            }
            return new Catalogue.AirRollup(classes);
        }

        /** Reads a region and, depth first, its nested children; {@code enclosing} is the region it is nested in. */
        private void region(DocNode node, Region enclosing) {
            node.mapping(REGION_KEYS);
            String id = id(node.required("id"));
            String parent = node.optional("parent").map(DocNode::text).orElse(null);
            if (enclosing != null) {
                if (parent != null && !parent.equals(enclosing.id())) {
                    throw node.error("parent", "says '" + parent + "' but the region is nested under '" + enclosing.id() + "'");
                }
                parent = enclosing.id();
            }
            RegionLevel level = node.optional("level").map(n -> n.enumValue(RegionLevel.class)).orElse(null);
            if (level == null) {
                if (enclosing != null) {
                    level = below(enclosing.level(), node);
                } else if (parent == null) {
                    level = RegionLevel.DISTRICT;
                } else {
                    throw node.error("level", "required key 'level' is missing (it can only be left out for nested regions and the district)");
                }
            }
            Long population = node.optional("population").map(n -> {
                long p = n.integer();
                if (p < 0) {
                    throw n.error("population cannot be negative");
                }
                return p;
            }).orElse(null);
            Region region = new Region(id, node.required("name").text(), node.optional("nameZh").map(DocNode::text).orElse(null),
                    level, parent, population);
            if (regionNodes.putIfAbsent(id, node) != null) {
                throw node.error("id", "duplicate region id '" + id + "' (first declared at " + regionNodes.get(id).path() + ")");
            }
            regions.add(region);
            for (DocNode child : node.optional("children").map(DocNode::list).orElse(List.of())) {
                region(child, region);
            }
        }

        private static RegionLevel below(RegionLevel level, DocNode node) {
            return switch (level) {
                case DISTRICT -> RegionLevel.SUB_DISTRICT;
                case SUB_DISTRICT -> RegionLevel.COMMUNITY;
                case COMMUNITY -> throw node.error("a community cannot contain regions");
            };
        }

        private void checkRegionTree(DocNode root) {
            List<Region> districts = regions.stream().filter(r -> r.level() == RegionLevel.DISTRICT).toList();
            if (districts.size() != 1) {
                throw root.error("regions", "there must be exactly one region of level DISTRICT, found " + districts.size()
                        + (districts.isEmpty() ? "" : " " + districts.stream().map(Region::id).toList()));
            }
            Map<String, Region> byId = new HashMap<>();
            regions.forEach(r -> byId.put(r.id(), r));
            for (Region region : regions) {
                DocNode node = regionNodes.get(region.id());
                if (region.level() == RegionLevel.DISTRICT) {
                    if (region.parent() != null) {
                        throw node.error("parent", "the district cannot have a parent");
                    }
                    continue;
                }
                if (region.parent() == null) {
                    throw node.error("parent", "a " + region.level() + " needs a parent region");
                }
                Region parent = byId.get(region.parent());
                if (parent == null) {
                    throw node.error("parent", "parent region '" + region.parent() + "' does not exist");
                }
                RegionLevel expected = region.level() == RegionLevel.SUB_DISTRICT ? RegionLevel.DISTRICT : RegionLevel.SUB_DISTRICT;
                if (parent.level() != expected) {
                    throw node.error("a " + region.level() + " must lie in a " + expected + ", but '" + parent.id() + "' is a "
                            + parent.level());
                }
            }
        }

        private Sensor sensor(DocNode node) {
            node.mapping(SENSOR_KEYS);
            String id = id(node.required("id"));
            DocNode kindNode = node.required("kind");
            SensorKind kind = SensorKind.fromWireName(kindNode.text())
                    .orElseThrow(() -> kindNode.error("'" + kindNode.text() + "' is not one of air, energy, network"));
            DocNode classNode = node.required("class");
            SensorClass sensorClass = classNode.enumValue(SensorClass.class);
            if (!CLASSES_BY_KIND.get(kind).contains(sensorClass)) {
                throw classNode.error("class " + sensorClass + " does not fit kind " + kind.wireName() + " (allowed: "
                        + CLASSES_BY_KIND.get(kind) + ")");
            }
            List<String> measures = new ArrayList<>();
            List<DocNode> measureNodes = node.required("measures").list();
            if (measureNodes.isEmpty()) {
                throw node.error("measures", "a sensor must measure at least one value");
            }
            for (DocNode item : measureNodes) {
                String key = item.text();
                if (ValueLimits.of(kind, key).isEmpty()) {
                    throw item.error("'" + key + "' is not a " + kind.wireName() + " value key (allowed: " + ValueLimits.keys(kind) + ")");
                }
                if (measures.contains(key)) {
                    throw item.error("'" + key + "' is listed twice");
                }
                measures.add(key);
            }
            DocNode regionNode = node.required("region");
            String region = regionNode.text();
            if (!regionNodes.containsKey(region)) {
                throw regionNode.error("region '" + region + "' does not exist");
            }
            double lat = coordinate(node.required("lat"), 90);
            double lon = coordinate(node.required("lon"), 180);
            DocNode intervalNode = node.required("intervalSeconds");
            long interval = intervalNode.integer();
            if (interval <= 0 || interval > 86_400) {
                throw intervalNode.error("reporting interval must be 1..86400 seconds, got " + interval);
            }
            String entity = node.optional("entity").map(DocNode::text).orElse(null);
            return new Sensor(id, node.required("name").text(), kind, sensorClass, measures, region, lat, lon, (int) interval, entity);
        }

        private static double coordinate(DocNode node, double bound) {
            double value = node.number();
            if (value < -bound || value > bound) {
                throw node.error(value + " is outside -" + (int) bound + ".." + (int) bound);
            }
            return value;
        }

        private Target target(DocNode node) {
            node.mapping(TARGET_KEYS);
            String id = id(node.required("id"));
            DocNode regionNode = node.required("region");
            String region = regionNode.text();
            if (!regionNodes.containsKey(region)) {
                throw regionNode.error("region '" + region + "' does not exist");
            }
            DocNode yearNode = node.required("year");
            long year = yearNode.integer();
            if (year < 2000 || year > 2100) {
                throw yearNode.error("year " + year + " is not plausible");
            }
            return new Target(id, region, node.required("indicator").text(), node.required("value").number(),
                    node.required("unit").text(), (int) year, node.required("direction").enumValue(Target.Direction.class),
                    node.required("source").text());
        }

        private static String id(DocNode node) {
            String id = node.text();
            if (!ID.matcher(id).matches()) {
                throw node.error("id '" + id + "' may only contain letters, digits, '.', '_' and '-'");
            }
            return id;
        }
    }
}
