package io.cityops.jobs.air;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AirJobConfigTest {

    private static final InfluxSinkConfig INFLUX = InfluxSinkConfig.defaults("http://127.0.0.1:8086", "cityops");

    @Test
    void defaultsAreTheDocumentedOnes() {
        AirJobConfig config = AirJobConfig.defaults("127.0.0.1:9092", INFLUX);

        assertThat(config.consumerGroup()).isEqualTo("cityops-air-quality");
        assertThat(config.maxOutOfOrderness()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.idleness()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.allowedLateness()).isEqualTo(Duration.ofHours(2));
        assertThat(config.maxFutureSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.statsInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsMissingKafka() {
        assertThatThrownBy(() -> AirJobConfig.defaults(" ", INFLUX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kafkaBootstrapServers");
    }

    @Test
    void rejectsNegativeLatenessAndZeroIdleness() {
        AirJobConfig config = AirJobConfig.defaults("k:9092", INFLUX);

        assertThatThrownBy(() -> config.withAllowedLateness(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowedLateness");
        assertThatThrownBy(() -> config.withEventTime(Duration.ofSeconds(30), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleness");
    }

    @Test
    void rejectsCheckpointIntervalsFlinkRefuses() {
        assertThatThrownBy(() -> AirJobConfig.defaults("k:9092", INFLUX).withCheckpointInterval(Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10 ms");
    }

    @Test
    void acceptsZeroLatenessForResultsThatAreFinalAtOnce() {
        assertThat(AirJobConfig.defaults("k:9092", INFLUX).withAllowedLateness(Duration.ZERO).allowedLateness()).isZero();
    }
}
