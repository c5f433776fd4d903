package io.cityops.ingest.bridge;

import io.cityops.ingest.Topics;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Settings of the MQTT→Kafka bridge, checked on construction.
 *
 * @param mqttServerUri         broker, {@code tcp://host:port} or {@code ssl://host:port}
 * @param clientId              MQTT client id; stable, because the persistent session (queued QoS 1 messages
 *                              while the bridge is down) belongs to it
 * @param sharedGroup           shared-subscription group ({@code $share/{group}/…}) so that several bridges split
 *                              the messages, or {@code null} for a plain subscription
 * @param kafkaBootstrapServers Kafka bootstrap servers, {@code host:port[,host:port…]}
 * @param kafkaTopic            where readings go (default {@link Topics#READINGS})
 * @param invalidTopic          where messages on a non-reading topic go (default {@link Topics#READINGS_INVALID})
 * @param maxInFlight           Paho's window of unacknowledged QoS 1 messages (Paho's default of 10 throws
 *                              "Too many publishes in progress" under load)
 * @param reconnectMin          first delay before reconnecting to MQTT or retrying a failed Kafka send
 * @param reconnectMax          the delay doubles up to this
 * @param kafkaProperties       further producer settings (security, for instance); they cannot weaken
 *                              acks=all and idempotence
 */
public record BridgeConfig(
        String mqttServerUri,
        String clientId,
        String sharedGroup,
        String kafkaBootstrapServers,
        String kafkaTopic,
        String invalidTopic,
        int maxInFlight,
        Duration reconnectMin,
        Duration reconnectMax,
        Map<String, String> kafkaProperties) {

    public static final int DEFAULT_MAX_IN_FLIGHT = 1000;
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofMillis(500);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(30);

    private static final Set<String> SCHEMES = Set.of("tcp", "ssl", "ws", "wss");
    /** Producer settings the bridge's delivery guarantee rests on. */
    private static final Set<String> FIXED_KAFKA_KEYS = Set.of(
            "acks", "enable.idempotence", "bootstrap.servers", "key.serializer", "value.serializer");

    public BridgeConfig {
        require(mqttServerUri != null && !mqttServerUri.isBlank(), "mqttServerUri is required (e.g. tcp://127.0.0.1:1883)");
        checkServerUri(mqttServerUri);
        require(clientId != null && !clientId.isBlank(), "clientId is required (a stable id: the persistent session belongs to it)");
        require(clientId.length() <= 65535 && clientId.chars().noneMatch(c -> c == '+' || c == '#' || c == '/' || Character.isWhitespace(c)),
                "clientId '" + clientId + "' must not contain '+', '#', '/' or spaces");
        if (sharedGroup != null) {
            require(!sharedGroup.isBlank() && sharedGroup.chars().noneMatch(c -> c == '+' || c == '#' || c == '/'),
                    "sharedGroup '" + sharedGroup + "' must be non-empty without '+', '#' or '/'");
        }
        require(kafkaBootstrapServers != null && !kafkaBootstrapServers.isBlank(),
                "kafkaBootstrapServers is required (e.g. 127.0.0.1:9092)");
        for (String server : kafkaBootstrapServers.split(",")) {
            require(server.trim().matches("[^:\\s]+:\\d{1,5}"), "kafkaBootstrapServers entry '" + server.trim() + "' is not host:port");
        }
        require(kafkaTopic != null && !kafkaTopic.isBlank(), "kafkaTopic is required");
        require(invalidTopic != null && !invalidTopic.isBlank(), "invalidTopic is required");
        require(!kafkaTopic.equals(invalidTopic), "kafkaTopic and invalidTopic must differ, both are '" + kafkaTopic + "'");
        require(maxInFlight >= 1 && maxInFlight <= 65535, "maxInFlight must be 1..65535, got " + maxInFlight);
        require(reconnectMin != null && !reconnectMin.isNegative() && !reconnectMin.isZero(),
                "reconnectMin must be positive, got " + reconnectMin);
        require(reconnectMax != null && reconnectMax.compareTo(reconnectMin) >= 0,
                "reconnectMax must be at least reconnectMin (" + reconnectMin + "), got " + reconnectMax);
        kafkaProperties = kafkaProperties == null ? Map.of() : Map.copyOf(kafkaProperties);
        for (String key : kafkaProperties.keySet()) {
            require(!FIXED_KAFKA_KEYS.contains(key), "kafkaProperties cannot set '" + key + "': the bridge fixes it");
        }
    }

    /** The usual settings: plain subscription, {@link Topics#READINGS}, default window and back-off. */
    public static BridgeConfig of(String mqttServerUri, String clientId, String kafkaBootstrapServers) {
        return new BridgeConfig(mqttServerUri, clientId, null, kafkaBootstrapServers, Topics.READINGS, Topics.READINGS_INVALID,
                DEFAULT_MAX_IN_FLIGHT, DEFAULT_RECONNECT_MIN, DEFAULT_RECONNECT_MAX, Map.of());
    }

    public BridgeConfig withSharedGroup(String group) {
        return new BridgeConfig(mqttServerUri, clientId, group, kafkaBootstrapServers, kafkaTopic, invalidTopic, maxInFlight,
                reconnectMin, reconnectMax, kafkaProperties);
    }

    public BridgeConfig withTopics(String readings, String invalid) {
        return new BridgeConfig(mqttServerUri, clientId, sharedGroup, kafkaBootstrapServers, readings, invalid, maxInFlight,
                reconnectMin, reconnectMax, kafkaProperties);
    }

    public BridgeConfig withReconnect(Duration min, Duration max) {
        return new BridgeConfig(mqttServerUri, clientId, sharedGroup, kafkaBootstrapServers, kafkaTopic, invalidTopic, maxInFlight,
                min, max, kafkaProperties);
    }

    public BridgeConfig withKafkaProperties(Map<String, String> properties) {
        return new BridgeConfig(mqttServerUri, clientId, sharedGroup, kafkaBootstrapServers, kafkaTopic, invalidTopic, maxInFlight,
                reconnectMin, reconnectMax, properties);
    }

    /** The subscription filter: {@code city/+/+/reading}, or {@code $share/{group}/city/+/+/reading}. */
    public String subscriptionFilter() {
        String filter = io.cityops.ingest.MqttTopics.ALL_READINGS;
        return sharedGroup == null ? filter : "$share/" + sharedGroup + "/" + filter;
    }

    /** Like the record's, with values of secret-looking Kafka settings masked. */
    @Override
    public String toString() {
        Map<String, String> masked = new java.util.TreeMap<>();
        kafkaProperties.forEach((k, v) -> masked.put(k, k.matches("(?i).*(password|secret|jaas|token|key\\b).*") ? "****" : v));
        return "BridgeConfig[mqttServerUri=" + mqttServerUri + ", clientId=" + clientId + ", sharedGroup=" + sharedGroup
                + ", kafkaBootstrapServers=" + kafkaBootstrapServers + ", kafkaTopic=" + kafkaTopic + ", invalidTopic=" + invalidTopic
                + ", maxInFlight=" + maxInFlight + ", reconnectMin=" + reconnectMin + ", reconnectMax=" + reconnectMax
                + ", kafkaProperties=" + masked + "]";
    }

    private static void checkServerUri(String uri) {
        try {
            URI parsed = new URI(uri);
            require(parsed.getScheme() != null && SCHEMES.contains(parsed.getScheme()),
                    "mqttServerUri '" + uri + "' must start with tcp://, ssl://, ws:// or wss://");
            require(parsed.getHost() != null, "mqttServerUri '" + uri + "' has no host");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("mqttServerUri '" + uri + "' is not a URI: " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
