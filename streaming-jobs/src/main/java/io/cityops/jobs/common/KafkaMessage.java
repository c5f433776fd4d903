package io.cityops.jobs.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record for a Kafka topic, already encoded.
 *
 * @param key   the record key (a sensor or subject id), or null
 * @param value the encoded value
 */
public record KafkaMessage(String key, byte[] value) {

    public KafkaMessage {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KafkaMessage other && Objects.equals(key, other.key) && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(key) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "KafkaMessage[key=" + key + ", value=" + value.length + " bytes]";
    }
}
