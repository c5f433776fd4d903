package io.cityops.ingest.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BridgeOptionsTest {

    @Test
    void defaultsToTheStandalonePorts() {
        BridgeConfig config = BridgeOptions.parse(new String[0], Map.of("PATH", "/usr/bin"));
        assertThat(config.mqttServerUri()).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.sharedGroup()).isNull();
        assertThat(config.reconnectMin()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.reconnectMax()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void takesOptionsOverEnvironmentVariables() {
        BridgeConfig config = BridgeOptions.parse(
                new String[] {"--mqtt", "tcp://broker:1884", "--group=bridges", "--reconnect-max", "1m", "--kafka-property", "linger.ms=20"},
                Map.of("CITYOPS_BRIDGE_MQTT_URI", "tcp://other:1883", "CITYOPS_BRIDGE_KAFKA_BOOTSTRAP", "k1:9092,k2:9092",
                        "CITYOPS_BRIDGE_CLIENT_ID", "bridge-7", "CITYOPS_BRIDGE_KAFKA_PROPERTIES", "compression.type=lz4"));
        assertThat(config.mqttServerUri()).isEqualTo("tcp://broker:1884");
        assertThat(config.clientId()).isEqualTo("bridge-7");
        assertThat(config.sharedGroup()).isEqualTo("bridges");
        assertThat(config.kafkaBootstrapServers()).isEqualTo("k1:9092,k2:9092");
        assertThat(config.reconnectMax()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.kafkaProperties()).containsEntry("linger.ms", "20").containsEntry("compression.type", "lz4");
    }

    @Test
    void refusesUnknownOptionsVariablesAndBadValues() {
        assertThatThrownBy(() -> BridgeOptions.parse(new String[] {"--mqtt-uri", "x"}, Map.of()))
                .hasMessageContaining("unknown option --mqtt-uri");
        assertThatThrownBy(() -> BridgeOptions.parse(new String[0], Map.of("CITYOPS_BRIDGE_MQTT", "x")))
                .hasMessageContaining("unknown environment variable CITYOPS_BRIDGE_MQTT");
        assertThatThrownBy(() -> BridgeOptions.parse(new String[] {"--mqtt"}, Map.of())).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BridgeOptions.parse(new String[] {"--max-inflight", "many"}, Map.of()))
                .hasMessageContaining("'many' is not a whole number");
        assertThatThrownBy(() -> BridgeOptions.parse(new String[] {"--reconnect-min", "5 minutes"}, Map.of()))
                .hasMessageContaining("not a duration");
        assertThatThrownBy(() -> BridgeOptions.parse(new String[] {"--kafka-property", "oops"}, Map.of()))
                .hasMessageContaining("not key=value");
    }

    @Test
    void listsEveryOptionWithItsVariableInTheUsage() {
        assertThat(BridgeOptions.usage()).contains("--mqtt", "CITYOPS_BRIDGE_MQTT_URI", "--group", "--kafka-property", "--help");
        assertThat(BridgeOptions.wantsHelp(new String[] {"--help"})).isTrue();
    }
}
