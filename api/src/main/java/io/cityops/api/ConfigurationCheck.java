package io.cityops.api;

import io.cityops.api.alerts.AlertsProperties;
import io.cityops.api.alerts.KafkaProperties;
import io.cityops.api.catalogue.CatalogueProperties;
import io.cityops.api.influx.InfluxProperties;
import io.cityops.api.ingest.IngestProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.naming.NameUtils;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Validates the API's settings when the context starts rather than on first use: binding each settings
 * record runs its checks, and a key under the API's own prefixes that no setting reads (a typo such as
 * {@code cityops.influxdb.ulr}) fails instead of silently falling back to the default. Environment
 * variables are left out of the key check: Micronaut expands each into several spellings.
 */
@Context
class ConfigurationCheck {

    private static final Map<String, Class<? extends Record>> SETTINGS = Map.of(
            InfluxProperties.PREFIX, InfluxProperties.class,
            CatalogueProperties.PREFIX, CatalogueProperties.class,
            IngestProperties.PREFIX, IngestProperties.class,
            KafkaProperties.PREFIX, KafkaProperties.class,
            AlertsProperties.PREFIX, AlertsProperties.class);

    ConfigurationCheck(Environment environment, InfluxProperties influx, CatalogueProperties catalogue,
                       IngestProperties ingest, KafkaProperties kafka, AlertsProperties alerts) {
        Set<String> unknown = new TreeSet<>();
        for (PropertySource source : environment.getPropertySources()) {
            if (EnvironmentPropertySource.NAME.equals(source.getName())) {
                continue;
            }
            for (String key : source) {
                SETTINGS.forEach((prefix, settings) -> {
                    if (key.startsWith(prefix + ".") && !known(settings, key.substring(prefix.length() + 1))) {
                        unknown.add(key);
                    }
                });
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Unknown configuration keys " + unknown + "; known: " + knownKeys());
        }
    }

    private static boolean known(Class<? extends Record> settings, String name) {
        String hyphenated = NameUtils.hyphenate(name);
        return Arrays.stream(settings.getRecordComponents())
                .map(RecordComponent::getName)
                .anyMatch(component -> NameUtils.hyphenate(component).equals(hyphenated));
    }

    private static String knownKeys() {
        return SETTINGS.entrySet().stream()
                .flatMap(e -> Arrays.stream(e.getValue().getRecordComponents())
                        .map(c -> e.getKey() + "." + NameUtils.hyphenate(c.getName())))
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
