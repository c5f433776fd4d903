package io.cityops.ingest.catalogue;

import io.cityops.ingest.catalogue.AlertRuleSpec.Direction;
import io.cityops.ingest.catalogue.AlertRuleSpec.Level;
import io.cityops.ingest.catalogue.AlertRuleSpec.QuietWindow;
import io.cityops.ingest.catalogue.AlertRuleSpec.Severity;
import io.cityops.ingest.catalogue.AlertRuleSpec.Suppression;
import io.cityops.ingest.reading.SensorKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the catalogue's {@code alerts} section: time limits per kind and the rules (shape documented
 * in {@code catalogue/wanbailin.yaml}). Every rule is checked the way the alert job will use it —
 * hysteresis on the right side, severity levels ascending from the raise threshold, a scope that
 * names existing sensors or regions — so that a bad rule fails at start-up with its path, not at
 * the first observation.
 */
final class AlertCatalogueReader {

    /** Rule ids start alert ids ({@code rule:subject:n}), so no ':' and nothing a topic key would mind. */
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Set<String> SECTION_KEYS = Set.of("timeLimits", "rules");
    private static final Set<String> LIMIT_KEYS = Set.of("acceptWithin", "resolveWithin");
    private static final Set<String> RULE_KEYS = Set.of("id", "kind", "indicator", "subjectType", "subjects",
            "sensorClasses", "regionLevels", "direction", "raise", "clear", "minDuration", "severity", "levels",
            "acceptWithin", "resolveWithin", "quietHours", "suppressions");
    private static final Set<String> QUIET_KEYS = Set.of("from", "to");
    private static final Set<String> SUPPRESSION_KEYS = Set.of("from", "to", "reason");

    private record Limits(Duration acceptWithin, Duration resolveWithin) {
        static final Limits NONE = new Limits(null, null);
    }

    private AlertCatalogueReader() {
    }

    /**
     * @param section the section, if present
     * @param regions the regions read so far (for cross-checks)
     * @param sensors the sensors read so far; the section may add the sensors it declares
     */
    static AlertCatalogue read(Optional<DocNode> section, List<Region> regions, List<Sensor> sensors) {
        if (section.isEmpty()) {
            return AlertCatalogue.NONE;
        }
        DocNode node = section.get().mapping(SECTION_KEYS);
        Map<SensorKind, Limits> limits = node.optional("timeLimits").map(AlertCatalogueReader::kindLimits)
                .orElseGet(() -> new EnumMap<>(SensorKind.class));
        List<AlertRuleSpec> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DocNode item : node.optional("rules").map(DocNode::list).orElse(List.of())) {
            AlertRuleSpec rule = rule(item, limits, regions, sensors);
            if (!ids.add(rule.id())) {
                throw item.error("id", "duplicate rule id '" + rule.id() + "'");
            }
            rules.add(rule);
        }
        return new AlertCatalogue(rules);
    }

    private static Map<SensorKind, Limits> kindLimits(DocNode node) {
        Map<SensorKind, Limits> limits = new EnumMap<>(SensorKind.class);
        for (String key : node.keys()) {
            SensorKind kind = SensorKind.fromWireName(key)
                    .orElseThrow(() -> node.error(key, "'" + key + "' is not one of air, energy, network"));
            DocNode entry = node.required(key).mapping(LIMIT_KEYS);
            limits.put(kind, limits(entry, Limits.NONE));
        }
        return limits;
    }

    /** The limits a node declares, each falling back to {@code inherited}. */
    private static Limits limits(DocNode node, Limits inherited) {
        Duration accept = node.optional("acceptWithin").map(AlertCatalogueReader::positiveDuration)
                .orElse(inherited.acceptWithin());
        Duration resolve = node.optional("resolveWithin").map(AlertCatalogueReader::positiveDuration)
                .orElse(inherited.resolveWithin());
        if (accept != null && resolve != null && resolve.compareTo(accept) < 0) {
            throw node.error("resolveWithin", "resolveWithin (" + resolve + ") must not be shorter than acceptWithin ("
                    + accept + ")");
        }
        return new Limits(accept, resolve);
    }

    private static AlertRuleSpec rule(DocNode node, Map<SensorKind, Limits> kindLimits, List<Region> regions,
                                      List<Sensor> sensors) {
        node.mapping(RULE_KEYS);
        DocNode idNode = node.required("id");
        String id = idNode.text();
        if (!RULE_ID.matcher(id).matches()) {
            throw idNode.error("rule id '" + id + "' may only contain letters, digits, '.', '_' and '-'");
        }
        DocNode kindNode = node.required("kind");
        SensorKind kind = SensorKind.fromWireName(kindNode.text())
                .orElseThrow(() -> kindNode.error("'" + kindNode.text() + "' is not one of air, energy, network"));
        String indicator = node.required("indicator").text();
        DocNode typeNode = node.required("subjectType");
        String subjectType = typeNode.text();
        if (!AlertRuleSpec.SUBJECT_TYPES.contains(subjectType)) {
            throw typeNode.error("'" + subjectType + "' is not one of " + String.join(", ", AlertRuleSpec.SUBJECT_TYPES));
        }
        Scope scope = scope(node, subjectType, regions, sensors);

        Direction direction = node.required("direction").enumValue(Direction.class);
        BigDecimal raise = node.required("raise").decimal();
        BigDecimal clear = node.required("clear").decimal();
        if (!beyond(direction, raise, clear)) {
            throw node.error("clear", "clear (" + clear.toPlainString() + ") must lie "
                    + (direction == Direction.ABOVE ? "below" : "above") + " raise (" + raise.toPlainString()
                    + ") for a " + direction + " rule, so that values between them keep the alert's state");
        }
        Duration minDuration = node.optional("minDuration").map(AlertCatalogueReader::duration).orElse(Duration.ZERO);
        if (minDuration.isNegative()) {
            throw node.error("minDuration", "must not be negative, was " + minDuration);
        }
        List<Level> levels = levels(node, direction, raise);
        Limits limits = limits(node, kindLimits.getOrDefault(kind, Limits.NONE));
        List<QuietWindow> quiet = node.optional("quietHours").map(DocNode::list).orElse(List.of()).stream()
                .map(AlertCatalogueReader::quietWindow).toList();
        List<Suppression> suppressions = node.optional("suppressions").map(DocNode::list).orElse(List.of()).stream()
                .map(AlertCatalogueReader::suppression).toList();
        return new AlertRuleSpec(id, kind, indicator, subjectType, scope.subjects(), scope.note(), direction, raise, clear,
                minDuration, levels, limits.acceptWithin(), limits.resolveWithin(), quiet, suppressions);
    }

    private record Scope(Set<String> subjects, String note) {
    }

    private static Scope scope(DocNode node, String subjectType, List<Region> regions, List<Sensor> sensors) {
        Optional<DocNode> subjects = node.optional("subjects");
        Optional<DocNode> classes = node.optional("sensorClasses");
        Optional<DocNode> levels = node.optional("regionLevels");
        long declared = (subjects.isPresent() ? 1 : 0) + (classes.isPresent() ? 1 : 0) + (levels.isPresent() ? 1 : 0);
        if (declared > 1) {
            throw node.error("give at most one of subjects, sensorClasses and regionLevels");
        }
        boolean sensorType = subjectType.equals("station") || subjectType.equals("sensor");
        if (classes.isPresent()) {
            if (!sensorType) {
                throw node.error("sensorClasses", "sensorClasses select stations or sensors, not " + subjectType + "s");
            }
            Set<SensorClass> wanted = EnumSet.noneOf(SensorClass.class);
            classes.get().list().forEach(item -> wanted.add(item.enumValue(SensorClass.class)));
            Set<String> ids = sensors.stream().filter(s -> wanted.contains(s.sensorClass())).map(Sensor::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (ids.isEmpty()) {
                throw node.error("sensorClasses", "no catalogued sensor is of class " + wanted);
            }
            return new Scope(ids, "sensorClasses: " + wanted);
        }
        if (levels.isPresent()) {
            if (!subjectType.equals("region")) {
                throw node.error("regionLevels", "regionLevels select regions, not " + subjectType + "s");
            }
            Set<RegionLevel> wanted = EnumSet.noneOf(RegionLevel.class);
            levels.get().list().forEach(item -> wanted.add(item.enumValue(RegionLevel.class)));
            Set<String> ids = regions.stream().filter(r -> wanted.contains(r.level())).map(Region::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new Scope(ids, "regionLevels: " + wanted);
        }
        if (subjects.isPresent()) {
            Set<String> ids = new LinkedHashSet<>();
            for (DocNode item : subjects.get().list()) {
                String subject = item.text();
                if (sensorType && sensors.stream().noneMatch(s -> s.id().equals(subject))) {
                    throw item.error("sensor '" + subject + "' does not exist");
                }
                if (subjectType.equals("region") && regions.stream().noneMatch(r -> r.id().equals(subject))) {
                    throw item.error("region '" + subject + "' does not exist");
                }
                if (!ids.add(subject)) {
                    throw item.error("'" + subject + "' is listed twice");
                }
            }
            if (ids.isEmpty()) {
                throw node.error("subjects", "name at least one subject, or leave the key out for all " + subjectType + "s");
            }
            return new Scope(ids, "subjects: " + ids);
        }
        return new Scope(Set.of(), "every " + subjectType);
    }

    private static List<Level> levels(DocNode node, Direction direction, BigDecimal raise) {
        Optional<DocNode> single = node.optional("severity");
        Optional<DocNode> levels = node.optional("levels");
        if (single.isPresent() == levels.isPresent()) {
            throw node.error("give exactly one of severity (one level at the raise threshold) and levels");
        }
        if (single.isPresent()) {
            return List.of(new Level(single.get().enumValue(Severity.class), raise));
        }
        DocNode map = levels.get();
        List<Level> result = new ArrayList<>();
        for (String key : map.keys()) {
            Severity severity = severity(map, key);
            BigDecimal threshold = map.required(key).decimal();
            if (result.isEmpty()) {
                if (threshold.compareTo(raise) != 0) {
                    throw map.error(key, "the first level's threshold (" + threshold.toPlainString()
                            + ") must equal raise (" + raise.toPlainString() + ")");
                }
            } else {
                Level lower = result.get(result.size() - 1);
                if (severity.compareTo(lower.severity()) <= 0) {
                    throw map.error(key, "levels must ascend, but " + severity + " follows " + lower.severity());
                }
                if (!beyond(direction, threshold, lower.threshold())) {
                    throw map.error(key, "the " + severity + " threshold (" + threshold.toPlainString() + ") must lie "
                            + (direction == Direction.ABOVE ? "above" : "below") + " the " + lower.severity()
                            + " threshold (" + lower.threshold().toPlainString() + ")");
                }
            }
            result.add(new Level(severity, threshold));
        }
        if (result.isEmpty()) {
            throw map.error("name at least one severity level");
        }
        return result;
    }

    private static Severity severity(DocNode map, String key) {
        for (Severity s : Severity.values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw map.error(key, "'" + key + "' is not one of INFO, WARNING, CRITICAL");
    }

    private static QuietWindow quietWindow(DocNode node) {
        node.mapping(QUIET_KEYS);
        LocalTime from = localTime(node.required("from"));
        LocalTime to = localTime(node.required("to"));
        if (from.equals(to)) {
            throw node.error("to", "a quiet window must not be empty (from equals to)");
        }
        return new QuietWindow(from, to);
    }

    private static Suppression suppression(DocNode node) {
        node.mapping(SUPPRESSION_KEYS);
        Instant from = instant(node.required("from"));
        Instant to = instant(node.required("to"));
        if (!to.isAfter(from)) {
            throw node.error("to", "must lie after from (" + from + ")");
        }
        return new Suppression(from, to, node.required("reason").text());
    }

    private static boolean beyond(Direction direction, BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return direction == Direction.ABOVE ? c > 0 : c < 0;
    }

    private static Duration duration(DocNode node) {
        try {
            return Duration.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not an ISO-8601 duration (for instance PT30M, PT24H, P7D)");
        }
    }

    private static Duration positiveDuration(DocNode node) {
        Duration d = duration(node);
        if (d.isNegative() || d.isZero()) {
            throw node.error("must be positive, was " + d);
        }
        return d;
    }

    private static LocalTime localTime(DocNode node) {
        try {
            return LocalTime.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not a local time such as \"22:00\" (quote it in YAML)");
        }
    }

    private static Instant instant(DocNode node) {
        try {
            return Instant.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
