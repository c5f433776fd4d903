package io.cityops.simulators.publish;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Settings of {@link MqttReadingPublisher}.
 *
 * @param serverUri      broker, e.g. {@code tcp://127.0.0.1:1883}
 * @param clientId       MQTT client id (unique per connection)
 * @param qos            0, 1 or 2; 1 by default (the bridge drops redeliveries by {@code seq})
 * @param maxInflight    unacknowledged QoS 1/2 messages allowed at once; Paho's default of 10 caps a
 *                       fast simulator at a few hundred messages a second
 * @param connectTimeout how long the first connection may take before start-up fails
 * @param flushTimeout   how long {@code flush}/{@code close} wait for outstanding acknowledgements
 * @param bufferSize     messages kept while disconnected, sent after the automatic reconnect
 */
public record MqttPublisherConfig(
        String serverUri,
        String clientId,
        int qos,
        int maxInflight,
        Duration connectTimeout,
        Duration flushTimeout,
        int bufferSize) {

    public MqttPublisherConfig {
        Objects.requireNonNull(serverUri, "serverUri");
        if (!serverUri.matches("(tcp|ssl|ws|wss)://.+")) {
            throw new IllegalArgumentException("MQTT server URI must look like tcp://host:port, got " + serverUri);
        }
        Objects.requireNonNull(clientId, "clientId");
        if (clientId.isBlank() || clientId.length() > 65535) {
            throw new IllegalArgumentException("MQTT client id must not be blank");
        }
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("QoS must be 0, 1 or 2, got " + qos);
        }
        if (maxInflight < 1) {
            throw new IllegalArgumentException("max in-flight must be at least 1, got " + maxInflight);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(flushTimeout, "flushTimeout");
        if (bufferSize < 1) {
            throw new IllegalArgumentException("disconnected buffer size must be at least 1, got " + bufferSize);
        }
    }

    /** QoS 1, 1,000 in flight, 10 s to connect, 60 s to flush, 100,000 buffered while disconnected. */
    public static MqttPublisherConfig defaults(String serverUri) {
        return new MqttPublisherConfig(serverUri, "cityops-sim-" + UUID.randomUUID().toString().substring(0, 8),
                1, 1000, Duration.ofSeconds(10), Duration.ofSeconds(60), 100_000);
    }

    public MqttPublisherConfig withClientId(String id) {
        return new MqttPublisherConfig(serverUri, id, qos, maxInflight, connectTimeout, flushTimeout, bufferSize);
    }

    public MqttPublisherConfig withQos(int q) {
        return new MqttPublisherConfig(serverUri, clientId, q, maxInflight, connectTimeout, flushTimeout, bufferSize);
    }

    public MqttPublisherConfig withMaxInflight(int max) {
        return new MqttPublisherConfig(serverUri, clientId, qos, max, connectTimeout, flushTimeout, bufferSize);
    }

    public MqttPublisherConfig withConnectTimeout(Duration timeout) {
        return new MqttPublisherConfig(serverUri, clientId, qos, maxInflight, timeout, flushTimeout, bufferSize);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
