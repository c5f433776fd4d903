package io.cityops.ingest.bridge;

import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.reading.SensorKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps an MQTT topic to its route: {@code city/{kind}/{sensorId}/reading} → key {@code sensorId},
 * kind {@code kind}. Pure: no I/O, no state.
 */
public final class TopicMapper {

    /** Sensor ids as the catalogue allows them (they become Kafka keys and InfluxDB tags). */
    private static final Pattern SENSOR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private TopicMapper() {
    }

    public static Route map(String mqttTopic) {
        String[] levels = mqttTopic.split("/", -1);
        if (levels.length != 4 || !levels[0].equals("city") || !levels[3].equals("reading")) {
            return new Unroutable(mqttTopic, "MQTT topic '" + mqttTopic + "' does not match " + MqttTopics.ALL_READINGS
                    .replace("+/+", "{kind}/{sensorId}"));
        }
        Optional<SensorKind> kind = SensorKind.fromWireName(levels[1]);
        if (kind.isEmpty()) {
            return new Unroutable(mqttTopic, "MQTT topic '" + mqttTopic + "' names unknown kind '" + levels[1]
                    + "' (expected air, energy or network)");
        }
        if (!SENSOR_ID.matcher(levels[2]).matches()) {
            return new Unroutable(mqttTopic, "MQTT topic '" + mqttTopic + "' has an invalid sensor id '" + levels[2]
                    + "' (letters, digits, '.', '_' and '-', at most 128)");
        }
        return new ReadingRoute(mqttTopic, kind.get(), levels[2]);
    }
}
