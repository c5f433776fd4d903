package io.cityops.ingest.catalogue;

import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.ingest.reading.SensorKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the catalogue's {@code energy} section (its shape is documented above the section in
 * {@code catalogue/wanbailin.yaml}). The meters it declares are added to the catalogue's sensors as
 * sensors of kind energy, class METER, standing where their entity stands.
 */
final class EnergyCatalogueReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Set<String> SECTION_KEYS = Set.of("electricityMethod", "coefficients", "emissionFactors", "entities",
            "meters", "regionQuotas", "figures", "barometer", "seasonalProfile", "regionProfiles", "quotaSource");
    private static final Set<String> REGION_PROFILE_KEYS = Set.of("region", "weights");
    private static final Set<String> COEFFICIENT_KEYS = Set.of("counter", "method", "kgcePerUnit", "source");
    private static final Set<String> FACTOR_KEYS = Set.of("counter", "year", "kgCo2PerUnit", "source");
    private static final Set<String> ENTITY_KEYS = Set.of("id", "name", "type", "sector", "region", "lat", "lon",
            "annualQuotaTce", "annualQuotaTco2", "dailyBudgetTce");
    private static final Set<String> METER_KEYS = Set.of("id", "name", "entity", "counter", "maxPerHour", "intervalSeconds");
    private static final Set<String> QUOTA_KEYS = Set.of("region", "annualQuotaTce", "annualQuotaTco2");
    private static final Set<String> FIGURE_KEYS = Set.of("region", "year", "gdpBillionYuan", "tce", "tco2", "source");
    private static final Set<String> BAROMETER_KEYS = Set.of("baseYear", "totalsYellowShare", "targets");
    private static final Set<String> TARGET_KEYS = Set.of("dimension", "reduction", "fromYear", "toYear", "source");

    private EnergyCatalogueReader() {
    }

    /**
     * @param section the section, if present
     * @param regions the regions read so far (for cross-checks)
     * @param sensors the sensors read so far; the meters of the section are appended
     */
    static EnergyCatalogue read(Optional<DocNode> section, List<Region> regions, List<Sensor> sensors) {
        if (section.isEmpty()) {
            return EnergyCatalogue.NONE;
        }
        DocNode node = section.get().mapping(SECTION_KEYS);
        Map<String, Region> regionIndex = regions.stream().collect(Collectors.toMap(Region::id, Function.identity()));

        ElectricityMethod method = node.optional("electricityMethod").map(n -> n.enumValue(ElectricityMethod.class))
                .orElse(ElectricityMethod.EQUIVALENT_VALUE);
        List<CoalCoefficient> coefficients = coefficients(node, method);
        List<EmissionFactor> factors = emissionFactors(node);
        List<EnergyEntity> entities = entities(node, regionIndex);
        List<EnergyMeter> meters = meters(node, entities, sensors);
        List<RegionQuota> quotas = quotas(node, regionIndex);
        List<RegionYearFigures> figures = figures(node, regionIndex);
        BarometerRule barometer = barometer(node.required("barometer"));
        SeasonalProfile profile = node.optional("seasonalProfile").map(EnergyCatalogueReader::profile).orElse(null);
        List<RegionProfile> regionProfiles = regionProfiles(node, regionIndex);
        String quotaSource = node.required("quotaSource").text();
        return new EnergyCatalogue(method, coefficients, factors, entities, meters, quotas, figures, barometer, profile,
                regionProfiles, quotaSource);
    }

    private static List<CoalCoefficient> coefficients(DocNode section, ElectricityMethod selected) {
        List<CoalCoefficient> coefficients = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocNode item : section.required("coefficients").list()) {
            item.mapping(COEFFICIENT_KEYS);
            EnergyCarrier carrier = carrier(item.required("counter"));
            ElectricityMethod method = item.optional("method").map(n -> n.enumValue(ElectricityMethod.class)).orElse(null);
            if (carrier == EnergyCarrier.ELECTRICITY && method == null) {
                throw item.error("method", "an electricity coefficient needs its method (EQUIVALENT_VALUE or COAL_CONSUMPTION)");
            }
            if (carrier != EnergyCarrier.ELECTRICITY && method != null) {
                throw item.error("method", "only electricity coefficients have a method");
            }
            if (!seen.add(carrier + "/" + method)) {
                throw item.error("counter", "a second coefficient for " + carrier.counterKey()
                        + (method == null ? "" : " (" + method + ")"));
            }
            coefficients.add(new CoalCoefficient(carrier, method, positive(item.required("kgcePerUnit")),
                    item.required("source").text()));
        }
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            ElectricityMethod needed = carrier == EnergyCarrier.ELECTRICITY ? selected : null;
            if (!seen.contains(carrier + "/" + needed)) {
                throw section.error("coefficients", "no coefficient for " + carrier.counterKey()
                        + (needed == null ? "" : " with method " + needed + " (the electricityMethod)"));
            }
        }
        return coefficients;
    }

    private static List<EmissionFactor> emissionFactors(DocNode section) {
        List<EmissionFactor> factors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<EnergyCarrier> covered = new HashSet<>();
        for (DocNode item : section.required("emissionFactors").list()) {
            item.mapping(FACTOR_KEYS);
            EnergyCarrier carrier = carrier(item.required("counter"));
            Integer year = item.optional("year").map(EnergyCatalogueReader::year).orElse(null);
            if (!seen.add(carrier + "/" + year)) {
                throw item.error("counter", "a second emission factor for " + carrier.counterKey()
                        + (year == null ? " without a year" : " in " + year));
            }
            covered.add(carrier);
            factors.add(new EmissionFactor(carrier, year, positive(item.required("kgCo2PerUnit")), item.required("source").text()));
        }
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            if (!covered.contains(carrier)) {
                throw section.error("emissionFactors", "no emission factor for " + carrier.counterKey());
            }
        }
        return factors;
    }

    private static List<EnergyEntity> entities(DocNode section, Map<String, Region> regions) {
        List<EnergyEntity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DocNode item : section.required("entities").list()) {
            item.mapping(ENTITY_KEYS);
            String id = id(item.required("id"));
            if (!ids.add(id)) {
                throw item.error("id", "duplicate entity id '" + id + "'");
            }
            DocNode regionNode = item.required("region");
            if (!regions.containsKey(regionNode.text())) {
                throw regionNode.error("region '" + regionNode.text() + "' does not exist");
            }
            BigDecimal dailyBudget = positive(item.required("dailyBudgetTce"));
            entities.add(new EnergyEntity(id, item.required("name").text(), item.required("type").enumValue(EnergyEntityType.class),
                    item.required("sector").text(), regionNode.text(), coordinate(item.required("lat"), 90),
                    coordinate(item.required("lon"), 180), notNegative(item.required("annualQuotaTce")),
                    notNegative(item.required("annualQuotaTco2")), dailyBudget));
        }
        return entities;
    }

    private static List<EnergyMeter> meters(DocNode section, List<EnergyEntity> entities, List<Sensor> sensors) {
        Map<String, EnergyEntity> byId = entities.stream().collect(Collectors.toMap(EnergyEntity::id, Function.identity()));
        Set<String> sensorIds = new HashSet<>();
        sensors.forEach(s -> sensorIds.add(s.id()));
        List<EnergyMeter> meters = new ArrayList<>();
        for (DocNode item : section.optional("meters").map(DocNode::list).orElse(List.of())) {
            item.mapping(METER_KEYS);
            String id = id(item.required("id"));
            if (!sensorIds.add(id)) {
                throw item.error("id", "duplicate sensor id '" + id + "' (meters share the sensors' ids)");
            }
            DocNode entityNode = item.required("entity");
            EnergyEntity entity = byId.get(entityNode.text());
            if (entity == null) {
                throw entityNode.error("entity '" + entityNode.text() + "' is not declared under energy.entities");
            }
            EnergyCarrier carrier = carrier(item.required("counter"));
            DocNode intervalNode = item.required("intervalSeconds");
            long interval = intervalNode.integer();
            if (interval <= 0 || interval > 86_400) {
                throw intervalNode.error("reporting interval must be 1..86400 seconds, got " + interval);
            }
            EnergyMeter meter = new EnergyMeter(id, entity.id(), carrier, positive(item.required("maxPerHour")));
            meters.add(meter);
            sensors.add(new Sensor(id, item.required("name").text(), SensorKind.ENERGY, SensorClass.METER,
                    List.of(carrier.counterKey()), entity.region(), entity.latitude(), entity.longitude(), (int) interval,
                    entity.id()));
        }
        return meters;
    }

    private static List<RegionQuota> quotas(DocNode section, Map<String, Region> regions) {
        List<RegionQuota> quotas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocNode item : section.optional("regionQuotas").map(DocNode::list).orElse(List.of())) {
            item.mapping(QUOTA_KEYS);
            DocNode regionNode = item.required("region");
            Region region = existingRegion(regionNode, regions);
            if (region.level() == RegionLevel.COMMUNITY) {
                throw regionNode.error("quotas are set for the district and sub-districts, '" + region.id() + "' is a community");
            }
            if (!seen.add(region.id())) {
                throw regionNode.error("a second quota for region '" + region.id() + "'");
            }
            quotas.add(new RegionQuota(region.id(), positive(item.required("annualQuotaTce")),
                    positive(item.required("annualQuotaTco2"))));
        }
        return quotas;
    }

    private static List<RegionYearFigures> figures(DocNode section, Map<String, Region> regions) {
        List<RegionYearFigures> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocNode item : section.optional("figures").map(DocNode::list).orElse(List.of())) {
            item.mapping(FIGURE_KEYS);
            Region region = existingRegion(item.required("region"), regions);
            int year = year(item.required("year"));
            if (!seen.add(region.id() + "/" + year)) {
                throw item.error("year", "a second set of figures for region '" + region.id() + "' in " + year);
            }
            figures.add(new RegionYearFigures(region.id(), year, positive(item.required("gdpBillionYuan")),
                    item.optional("tce").map(EnergyCatalogueReader::positive).orElse(null),
                    item.optional("tco2").map(EnergyCatalogueReader::positive).orElse(null),
                    item.required("source").text()));
        }
        return figures;
    }

    private static BarometerRule barometer(DocNode node) {
        node.mapping(BAROMETER_KEYS);
        int baseYear = year(node.required("baseYear"));
        DocNode shareNode = node.required("totalsYellowShare");
        BigDecimal share = shareNode.decimal();
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw shareNode.error("must lie in (0, 1], got " + share.toPlainString());
        }
        List<IntensityTarget> targets = new ArrayList<>();
        for (DocNode item : node.required("targets").list()) {
            item.mapping(TARGET_KEYS);
            DocNode reductionNode = item.required("reduction");
            BigDecimal reduction = reductionNode.decimal();
            if (reduction.signum() < 0 || reduction.compareTo(BigDecimal.ONE) >= 0) {
                throw reductionNode.error("a reduction is a fraction in [0, 1) (0.145 for −14.5 %), got " + reduction.toPlainString());
            }
            int from = year(item.required("fromYear"));
            int to = year(item.required("toYear"));
            if (to <= from) {
                throw item.error("toYear", "must be after fromYear (" + from + "), got " + to);
            }
            targets.add(new IntensityTarget(item.required("dimension").enumValue(IntensityTarget.Dimension.class), reduction,
                    from, to, item.required("source").text()));
        }
        return new BarometerRule(baseYear, share, targets);
    }

    private static List<RegionProfile> regionProfiles(DocNode section, Map<String, Region> regions) {
        List<RegionProfile> profiles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocNode item : section.optional("regionProfiles").map(DocNode::list).orElse(List.of())) {
            item.mapping(REGION_PROFILE_KEYS);
            Region region = existingRegion(item.required("region"), regions);
            if (!seen.add(region.id())) {
                throw item.error("region", "a second profile for region '" + region.id() + "'");
            }
            profiles.add(new RegionProfile(region.id(), profile(item.required("weights"))));
        }
        return profiles;
    }

    private static SeasonalProfile profile(DocNode node) {
        List<DocNode> items = node.list();
        if (items.size() != 12) {
            throw node.error("a seasonal profile needs 12 monthly weights (January first), got " + items.size());
        }
        List<BigDecimal> weights = new ArrayList<>();
        items.forEach(item -> weights.add(notNegative(item)));
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            throw node.error("at least one monthly weight must be positive");
        }
        return new SeasonalProfile(weights);
    }

    private static Region existingRegion(DocNode node, Map<String, Region> regions) {
        Region region = regions.get(node.text());
        if (region == null) {
            throw node.error("region '" + node.text() + "' does not exist");
        }
        return region;
    }

    private static EnergyCarrier carrier(DocNode node) {
        return EnergyCarrier.fromCounterKey(node.text()).orElseThrow(() -> node.error("'" + node.text()
                + "' is not an energy counter key (allowed: " + java.util.Arrays.stream(EnergyCarrier.values())
                .map(EnergyCarrier::counterKey).toList() + ")"));
    }

    private static int year(DocNode node) {
        long year = node.integer();
        if (year < 2000 || year > 2100) {
            throw node.error("year " + year + " is not plausible");
        }
        return (int) year;
    }

    private static BigDecimal positive(DocNode node) {
        BigDecimal value = node.decimal();
        if (value.signum() <= 0) {
            throw node.error("must be positive, got " + value.toPlainString());
        }
        return value;
    }

    private static BigDecimal notNegative(DocNode node) {
        BigDecimal value = node.decimal();
        if (value.signum() < 0) {
            throw node.error("cannot be negative, got " + value.toPlainString());
        }
        return value;
    }

    private static double coordinate(DocNode node, double bound) {
        double value = node.number();
        if (value < -bound || value > bound) {
            throw node.error(value + " is outside -" + (int) bound + ".." + (int) bound);
        }
        return value;
    }

    private static String id(DocNode node) {
        String id = node.text();
        if (!ID.matcher(id).matches()) {
            throw node.error("id '" + id + "' may only contain letters, digits, '.', '_' and '-'");
        }
        return id;
    }
}
