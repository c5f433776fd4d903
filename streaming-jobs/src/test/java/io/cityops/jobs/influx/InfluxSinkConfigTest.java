package io.cityops.jobs.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InfluxSinkConfigTest {

    private static final InfluxSinkConfig DEFAULTS = InfluxSinkConfig.defaults("http://127.0.0.1:8086", "cityops");

    @Test
    void defaultsBatchFiveThousandPointsFlushEverySecondAndRetryFiveTimesFrom200Ms() {
        assertThat(DEFAULTS.batchSize()).isEqualTo(5000);
        assertThat(DEFAULTS.flushInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULTS.maxRetries()).isEqualTo(5);
        assertThat(DEFAULTS.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(DEFAULTS.username()).isNull();
        assertThat(DEFAULTS.password()).isNull();
    }

    @Test
    void dropsATrailingSlashFromTheUrl() {
        assertThat(InfluxSinkConfig.defaults("https://influx.example.org/influx/", "cityops").url())
                .isEqualTo("https://influx.example.org/influx");
    }

    @Test
    void refusesUrlsThatAreNotHttp() {
        assertThatThrownBy(() -> InfluxSinkConfig.defaults("127.0.0.1:8086", "cityops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> InfluxSinkConfig.defaults("udp://127.0.0.1:8089", "cityops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> InfluxSinkConfig.defaults("http://", "cityops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> InfluxSinkConfig.defaults("http://host:8086/?db=x", "cityops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without query");
        assertThatThrownBy(() -> InfluxSinkConfig.defaults(" ", "cityops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url must not be blank");
    }

    @Test
    void refusesABlankDatabase() {
        assertThatThrownBy(() -> InfluxSinkConfig.defaults("http://127.0.0.1:8086", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database must not be blank");
    }

    @Test
    void refusesBatchingAndRetrySettingsOutOfRange() {
        assertThatThrownBy(() -> DEFAULTS.withBatchSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize must be > 0, was 0");
        assertThatThrownBy(() -> DEFAULTS.withFlushInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flushInterval must be positive");
        assertThatThrownBy(() -> DEFAULTS.withRetries(-1, Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries must be >= 0");
        assertThatThrownBy(() -> DEFAULTS.withRetries(1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialBackoff must not be negative");
    }

    @Test
    void refusesAPasswordWithoutAUser() {
        assertThatThrownBy(() -> DEFAULTS.withCredentials(null, "secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username is not");
    }

    @Test
    void masksThePasswordWhenPrinted() {
        InfluxSinkConfig config = DEFAULTS.withCredentials("writer", "s3cret-value");

        assertThat(config.toString()).contains("username=writer", "password=****").doesNotContain("s3cret-value");
        assertThat(DEFAULTS.toString()).contains("password=null");
    }
}
