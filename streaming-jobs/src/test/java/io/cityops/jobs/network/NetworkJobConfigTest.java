package io.cityops.jobs.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetworkJobConfigTest {

    private static final InfluxSinkConfig INFLUX = InfluxSinkConfig.defaults("http://127.0.0.1:8086", "cityops");

    @Test
    void defaultsTakeTheFeedStopTimeFromTheCatalogue() {
        NetworkJobConfig config = NetworkJobConfig.defaults("127.0.0.1:9092", INFLUX);
        assertThat(config.feedStopAfter()).isNull();
        assertThat(config.consumerGroup()).isEqualTo("cityops-network");
        assertThat(config.allowedLateness()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.withFeedStopAfter(Duration.ofSeconds(30)).feedStopAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(() -> NetworkJobConfig.defaults(" ", INFLUX)).hasMessageContaining("kafkaBootstrapServers");
        NetworkJobConfig config = NetworkJobConfig.defaults("127.0.0.1:9092", INFLUX);
        assertThatThrownBy(() -> config.withFeedStopAfter(Duration.ZERO)).hasMessageContaining("feedStopAfter");
        assertThatThrownBy(() -> config.withCheckpointInterval(Duration.ofMillis(5))).hasMessageContaining("checkpointInterval");
        assertThatThrownBy(() -> config.withEventTime(Duration.ofSeconds(-1), Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("maxOutOfOrderness");
    }
}
