package io.cityops.api.ingest;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The newest cumulative counters of one sensor.
 *
 * @param rejected rejected readings per reason code, only reasons that occurred
 * @param lastSeen event time of the newest accepted reading, null if none
 */
record SensorCounters(long accepted, long duplicate, long late, Map<String, Long> rejected, @Nullable Instant lastSeen) {

    static final SensorCounters NONE = new SensorCounters(0, 0, 0, Map.of(), null);

    SensorCounters {
        rejected = new TreeMap<>(rejected);
    }

    long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }
}
