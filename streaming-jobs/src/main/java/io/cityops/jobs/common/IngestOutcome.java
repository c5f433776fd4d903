package io.cityops.jobs.common;

import java.util.Objects;

/**
 * One reading's outcome, the input of {@link LossAccounting}.
 *
 * @param sensorId  the sensor, or {@link #UNKNOWN} when the payload named none
 * @param kind      the sensor's kind (wire name), or {@link #UNKNOWN}
 * @param outcome   what became of the reading
 * @param reason    the reject reason code for {@link Outcome#REJECTED}, otherwise null
 * @param eventTime the reading's event time (epoch ms) for {@link Outcome#ACCEPTED}, otherwise null
 */
public record IngestOutcome(String sensorId, String kind, Outcome outcome, String reason, Long eventTime) {

    /** Stands for a sensor or kind that could not be read from the payload or the catalogue. */
    public static final String UNKNOWN = "unknown";

    public IngestOutcome {
        sensorId = sensorId == null || sensorId.isBlank() ? UNKNOWN : sensorId;
        kind = kind == null || kind.isBlank() ? UNKNOWN : kind;
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.REJECTED && reason == null) {
            throw new IllegalArgumentException("a rejected reading needs a reason");
        }
    }

    public static IngestOutcome accepted(String sensorId, String kind, long eventTime) {
        return new IngestOutcome(sensorId, kind, Outcome.ACCEPTED, null, eventTime);
    }

    public static IngestOutcome rejected(String sensorId, String kind, String reason) {
        return new IngestOutcome(sensorId, kind, Outcome.REJECTED, reason, null);
    }

    public static IngestOutcome duplicate(String sensorId, String kind) {
        return new IngestOutcome(sensorId, kind, Outcome.DUPLICATE, null, null);
    }

    public static IngestOutcome late(String sensorId, String kind) {
        return new IngestOutcome(sensorId, kind, Outcome.LATE, null, null);
    }
}
