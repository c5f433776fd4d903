package io.cityops.ingest;

import io.cityops.ingest.reading.SensorKind;

/** MQTT topic layout of the reading contract: {@code city/{kind}/{sensorId}/reading}. */
public final class MqttTopics {

    /** Subscription filter matching every reading topic. */
    public static final String ALL_READINGS = "city/+/+/reading";

    private MqttTopics() {
    }

    public static String readingTopic(SensorKind kind, String sensorId) {
        return "city/" + kind.wireName() + "/" + sensorId + "/reading";
    }
}
