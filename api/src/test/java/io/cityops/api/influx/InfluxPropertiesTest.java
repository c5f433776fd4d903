package io.cityops.api.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InfluxPropertiesTest {

    private static final URI URL = URI.create("http://127.0.0.1:8086");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void masksThePasswordWhenPrinted() {
        InfluxProperties properties = new InfluxProperties(URL, "cityops", "monitor", "s3cret!", TIMEOUT);

        assertThat(properties.toString()).contains("monitor").contains("****").doesNotContain("s3cret!");
    }

    @Test
    void rejectsAPasswordWithoutAUsername() {
        assertThatThrownBy(() -> new InfluxProperties(URL, "cityops", null, "s3cret!", TIMEOUT))
                .hasMessageContaining("cityops.influxdb.username")
                .hasMessageNotContaining("s3cret!");
    }

    @Test
    void rejectsAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new InfluxProperties(URI.create("ftp://host:8086"), "cityops", null, null, TIMEOUT))
                .hasMessageContaining("cityops.influxdb.url");
        assertThatThrownBy(() -> new InfluxProperties(URI.create("localhost:8086"), "cityops", null, null, TIMEOUT))
                .hasMessageContaining("cityops.influxdb.url");
    }

    @Test
    void rejectsABlankDatabaseAndANonPositiveTimeout() {
        assertThatThrownBy(() -> new InfluxProperties(URL, " ", null, null, TIMEOUT))
                .hasMessageContaining("cityops.influxdb.database");
        assertThatThrownBy(() -> new InfluxProperties(URL, "cityops", null, null, Duration.ZERO))
                .hasMessageContaining("cityops.influxdb.timeout");
    }

    @Test
    void dropsATrailingSlashFromTheBaseUrl() {
        assertThat(new InfluxProperties(URI.create("http://db:8086/"), "cityops", null, null, TIMEOUT).baseUrl())
                .isEqualTo("http://db:8086");
    }
}
