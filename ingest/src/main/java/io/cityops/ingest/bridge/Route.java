package io.cityops.ingest.bridge;

/** Where an MQTT message goes: a reading route, or the reason its topic is not a reading topic. */
public sealed interface Route permits ReadingRoute, Unroutable {

    /** The MQTT topic the message arrived on. */
    String mqttTopic();
}
