package io.cityops.ingest.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.Topics;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BridgeConfigTest {

    private static final BridgeConfig VALID = BridgeConfig.of("tcp://127.0.0.1:1883", "bridge-1", "127.0.0.1:9092");

    @Test
    void hasTheContractTopicsAndAWideInFlightWindowByDefault() {
        assertThat(VALID.kafkaTopic()).isEqualTo(Topics.READINGS);
        assertThat(VALID.invalidTopic()).isEqualTo(Topics.READINGS_INVALID);
        assertThat(VALID.maxInFlight()).isGreaterThan(10);
        assertThat(VALID.subscriptionFilter()).isEqualTo("city/+/+/reading");
        assertThat(VALID.withSharedGroup("g1").subscriptionFilter()).isEqualTo("$share/g1/city/+/+/reading");
    }

    @Test
    void refusesBadSettingsNamingThem() {
        assertThatThrownBy(() -> BridgeConfig.of("http://x:1883", "b", "k:9092")).hasMessageContaining("mqttServerUri");
        assertThatThrownBy(() -> BridgeConfig.of("tcp://", "b", "k:9092")).hasMessageContaining("mqttServerUri");
        assertThatThrownBy(() -> BridgeConfig.of("tcp://x:1883", " ", "k:9092")).hasMessageContaining("clientId");
        assertThatThrownBy(() -> BridgeConfig.of("tcp://x:1883", "a/b", "k:9092")).hasMessageContaining("clientId");
        assertThatThrownBy(() -> BridgeConfig.of("tcp://x:1883", "b", "k")).hasMessageContaining("'k' is not host:port");
        assertThatThrownBy(() -> VALID.withSharedGroup("a/b")).hasMessageContaining("sharedGroup");
        assertThatThrownBy(() -> VALID.withTopics("t", "t")).hasMessageContaining("must differ");
        assertThatThrownBy(() -> VALID.withReconnect(Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("reconnectMin");
        assertThatThrownBy(() -> VALID.withReconnect(Duration.ofSeconds(2), Duration.ofSeconds(1))).hasMessageContaining("reconnectMax");
        assertThatThrownBy(() -> new BridgeConfig("tcp://x:1883", "b", null, "k:9092", "a", "b", 0, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Map.of())).hasMessageContaining("maxInFlight");
    }

    @Test
    void refusesKafkaPropertiesThatWouldWeakenDelivery() {
        assertThatThrownBy(() -> VALID.withKafkaProperties(Map.of("acks", "1"))).hasMessageContaining("'acks'");
        assertThatThrownBy(() -> VALID.withKafkaProperties(Map.of("enable.idempotence", "false"))).hasMessageContaining("enable.idempotence");
        assertThat(VALID.withKafkaProperties(Map.of("compression.type", "lz4")).kafkaProperties()).containsEntry("compression.type", "lz4");
    }

    @Test
    void masksSecretsWhenPrinted() {
        String text = VALID.withKafkaProperties(Map.of("sasl.jaas.config", "user=\"u\" password=\"p\"", "ssl.truststore.password", "x",
                "compression.type", "lz4")).toString();
        assertThat(text).doesNotContain("password=\"p\"").doesNotContain("=x").contains("sasl.jaas.config=****").contains("lz4");
    }
}
