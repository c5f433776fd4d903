package io.cityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.api.influx.InfluxProperties;
import io.cityops.api.ingest.IngestProperties;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration is checked when the context starts, before any request. */
class ConfigurationCheckTest {

    @Test
    void aMisspeltKeyStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("cityops.influxdb.ulr", "http://db:8086")).close())
                .hasStackTraceContaining("cityops.influxdb.ulr");
    }

    @Test
    void anInvalidValueStopsTheStartWithTheKeyNamed() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("cityops.ingest.stale-after", "-5m")).close())
                .hasStackTraceContaining("cityops.ingest.stale-after");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("cityops.influxdb.url", "localhost:8086")).close())
                .hasStackTraceContaining("cityops.influxdb.url");
    }

    @Test
    void knownKeysInEitherSpellingAreRead() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "cityops.influxdb.database", "other",
                "cityops.ingest.staleAfter", "20m"))) {
            assertThat(context.getBean(InfluxProperties.class).database()).isEqualTo("other");
            assertThat(context.getBean(IngestProperties.class).staleAfter()).isEqualTo(Duration.ofMinutes(20));
        }
    }
}
