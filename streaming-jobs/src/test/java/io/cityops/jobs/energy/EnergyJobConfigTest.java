package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnergyJobConfigTest {

    private static final InfluxSinkConfig INFLUX = InfluxSinkConfig.defaults("http://127.0.0.1:8086", "cityops");

    @Test
    void defaultsReadFromTheEnergyConsumerGroupWithTwoHoursOfLateness() {
        EnergyJobConfig config = EnergyJobConfig.defaults("127.0.0.1:9092", INFLUX);
        assertThat(config.consumerGroup()).isEqualTo("cityops-energy");
        assertThat(config.allowedLateness()).isEqualTo(Duration.ofHours(2));
        assertThat(config.replayLag()).isEqualTo(Duration.ofHours(2));
        assertThat(config.withConsumerGroup("other").consumerGroup()).isEqualTo("other");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        EnergyJobConfig config = EnergyJobConfig.defaults("127.0.0.1:9092", INFLUX);
        assertThatThrownBy(() -> EnergyJobConfig.defaults(" ", INFLUX)).hasMessageContaining("kafkaBootstrapServers");
        assertThatThrownBy(() -> config.withConsumerGroup("")).hasMessageContaining("consumerGroup");
        assertThatThrownBy(() -> config.withCheckpointInterval(Duration.ofMillis(5))).hasMessageContaining("at least 10 ms");
        assertThatThrownBy(() -> config.withEventTime(Duration.ofSeconds(-1), Duration.ofSeconds(5)))
                .hasMessageContaining("maxOutOfOrderness");
        assertThatThrownBy(() -> config.withEventTime(Duration.ofSeconds(1), Duration.ZERO)).hasMessageContaining("idleness");
    }
}
