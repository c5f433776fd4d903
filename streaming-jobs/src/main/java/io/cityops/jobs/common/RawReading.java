package io.cityops.jobs.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * A record of {@code city.readings} as it came off Kafka, not yet decoded: decoding and validation
 * happen in an operator so that a bad payload becomes a dead letter instead of a failing source.
 *
 * @param key            the Kafka key (the sensor id by convention), or null
 * @param payload        the record value, never null (an absent value is an empty array)
 * @param kafkaTimestamp the Kafka record timestamp, epoch milliseconds
 */
public record RawReading(String key, byte[] payload, long kafkaTimestamp) {

    public RawReading {
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawReading other && Objects.equals(key, other.key)
                && Arrays.equals(payload, other.payload) && kafkaTimestamp == other.kafkaTimestamp;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(key) + Arrays.hashCode(payload)) + Long.hashCode(kafkaTimestamp);
    }

    @Override
    public String toString() {
        return "RawReading[key=" + key + ", payload=" + payload.length + " bytes, kafkaTimestamp=" + kafkaTimestamp + "]";
    }
}
