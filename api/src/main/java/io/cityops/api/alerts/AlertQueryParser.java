package io.cityops.api.alerts;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.problem.BadParameterException;
import io.cityops.ingest.reading.SensorKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the parameters of {@code GET /api/v1/alerts}; each bad one is a 400 (404 for an unknown region) naming it. */
@Singleton
class AlertQueryParser {

    private final CatalogueLookup lookup;
    private final AlertsProperties properties;

    AlertQueryParser(CatalogueLookup lookup, AlertsProperties properties) {
        this.lookup = lookup;
        this.properties = properties;
    }

    AlertQuery parse(@Nullable String status, @Nullable String severity, @Nullable String region, @Nullable String kind,
                     @Nullable String from, @Nullable String to, @Nullable String page, @Nullable String size) {
        Optional<Instant> since = QueryTimes.optional("from", from, lookup.zone());
        Optional<Instant> until = QueryTimes.optional("to", to, lookup.zone());
        QueryTimes.requireOrder(since, until);
        return new AlertQuery(
                oneOf("status", status, AlertVocabulary.STATES),
                oneOf("severity", severity, AlertVocabulary.SEVERITIES),
                lookup.optionalRegion("region", region),
                kinds(kind),
                since, until,
                integer("page", page, 0, 0, Integer.MAX_VALUE),
                integer("size", size, properties.defaultPageSize(), 1, properties.maxPageSize()));
    }

    /** A comma-separated list of known values. */
    private static Set<String> oneOf(String parameter, @Nullable String text, List<String> known) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : items(text)) {
            if (!known.contains(value)) {
                throw new BadParameterException(parameter, "unknown " + parameter + " '" + value + "'; expected one of "
                        + String.join(", ", known));
            }
            values.add(value);
        }
        return values;
    }

    private Set<String> kinds(@Nullable String text) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : items(text)) {
            values.add(lookup.optionalKind("kind", value).map(SensorKind::wireName).orElseThrow());
        }
        return values;
    }

    private static List<String> items(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int integer(String parameter, @Nullable String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, parameter + " must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new BadParameterException(parameter, parameter + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
