package io.cityops.ingest.reading;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One message of the reading contract: a sensor's values at one instant.
 *
 * @param sensorId catalogue id of the sensor
 * @param kind     air, energy or network
 * @param ts       event time of the measurement
 * @param seq      sender's sequence number, or {@code null}; lets redeliveries be dropped
 * @param values   measured values keyed as on the wire (for air: {@link Pollutant#key()})
 */
public record Reading(String sensorId, SensorKind kind, Instant ts, Long seq, Map<String, Double> values) implements Serializable {

    public Reading {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ts, "ts");
        values = Map.copyOf(values);
    }

    public OptionalLong sequence() {
        return seq == null ? OptionalLong.empty() : OptionalLong.of(seq);
    }
}
