package io.cityops.ingest.bridge;

import java.util.Objects;

/**
 * A message whose topic is not a reading topic. It still goes to the invalid topic as a dead letter,
 * so that nothing published is lost without a trace.
 *
 * @param detail what is wrong with the topic
 */
public record Unroutable(String mqttTopic, String detail) implements Route {

    public Unroutable {
        Objects.requireNonNull(mqttTopic, "mqttTopic");
        Objects.requireNonNull(detail, "detail");
    }
}
