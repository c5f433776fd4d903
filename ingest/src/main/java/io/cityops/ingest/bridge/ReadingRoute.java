package io.cityops.ingest.bridge;

import io.cityops.ingest.reading.SensorKind;
import java.util.Objects;

/**
 * A message on {@code city/{kind}/{sensorId}/reading}: forwarded to the readings topic keyed by the
 * sensor id, so that one sensor's readings stay in one partition, in order.
 */
public record ReadingRoute(String mqttTopic, SensorKind kind, String sensorId) implements Route {

    public ReadingRoute {
        Objects.requireNonNull(mqttTopic, "mqttTopic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sensorId, "sensorId");
    }

    /** The Kafka record key. */
    public String kafkaKey() {
        return sensorId;
    }
}
