package io.cityops.jobs.common;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Cumulative counters of one sensor since the job's state began.
 *
 * @param sensorId   the sensor, or {@link IngestOutcome#UNKNOWN}
 * @param kind       its kind (wire name), or {@link IngestOutcome#UNKNOWN}
 * @param accepted   readings that passed validation
 * @param duplicate  repeats dropped
 * @param late       valid readings later than the allowed lateness
 * @param rejected   rejected readings per reason code
 * @param lastSeenMs event time of the newest accepted reading, or null when none was accepted
 * @param asOf       processing time of this snapshot, epoch ms (the point's time)
 */
public record IngestStats(String sensorId, String kind, long accepted, long duplicate, long late,
                          Map<String, Long> rejected, Long lastSeenMs, long asOf) {

    public IngestStats {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(kind, "kind");
        rejected = rejected == null ? Map.of() : Map.copyOf(rejected);
    }

    public static IngestStats empty(String sensorId, String kind) {
        return new IngestStats(sensorId, kind, 0, 0, 0, Map.of(), null, 0);
    }

    /** The counters after one more outcome. */
    public IngestStats plus(IngestOutcome o) {
        String newKind = IngestOutcome.UNKNOWN.equals(kind) ? o.kind() : kind;
        return switch (o.outcome()) {
            case ACCEPTED -> new IngestStats(sensorId, newKind, accepted + 1, duplicate, late, rejected,
                    newest(lastSeenMs, o.eventTime()), asOf);
            case DUPLICATE -> new IngestStats(sensorId, newKind, accepted, duplicate + 1, late, rejected, lastSeenMs, asOf);
            case LATE -> new IngestStats(sensorId, newKind, accepted, duplicate, late + 1, rejected, lastSeenMs, asOf);
            case REJECTED -> {
                Map<String, Long> more = new TreeMap<>(rejected);
                more.merge(o.reason(), 1L, Long::sum);
                yield new IngestStats(sensorId, newKind, accepted, duplicate, late, more, lastSeenMs, asOf);
            }
        };
    }

    private static Long newest(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Long.valueOf(Math.max(a, b));
    }

    public IngestStats at(long processingTime) {
        return new IngestStats(sensorId, kind, accepted, duplicate, late, rejected, lastSeenMs, processingTime);
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }
}
