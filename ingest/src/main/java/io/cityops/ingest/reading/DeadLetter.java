package io.cityops.ingest.reading;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A rejected message as published on {@code city.readings.invalid}: what was wrong, where it was
 * found, and the original payload, so nothing is dropped without a trace.
 *
 * @param reason     machine-readable code: a {@link RejectReason#code()} or, for problems found before
 *                   a payload is read, a code such as {@link #REASON_MALFORMED_TOPIC}
 * @param detail     human-readable explanation naming the field or value
 * @param sensorId   the sensor id when it could be read, otherwise {@code null}
 * @param payload    the original payload as UTF-8 text
 * @param rejectedAt when the message was rejected
 * @param stage      where: {@link #STAGE_BRIDGE}, {@link #STAGE_VALIDATION}, {@link #STAGE_EVENT_TIME}
 */
public record DeadLetter(String reason, String detail, String sensorId, String payload, Instant rejectedAt, String stage)
        implements Serializable {

    /** Rejected by the MQTT→Kafka bridge, for instance because the MQTT topic is not a reading topic. */
    public static final String STAGE_BRIDGE = "bridge";
    /** Rejected by decoding and validation. */
    public static final String STAGE_VALIDATION = "validation";
    /** Rejected by event-time handling (too late for its windows). */
    public static final String STAGE_EVENT_TIME = "event-time";

    /** The MQTT topic does not follow {@code city/{kind}/{sensorId}/reading}. */
    public static final String REASON_MALFORMED_TOPIC = "malformed_topic";

    public DeadLetter {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        Objects.requireNonNull(stage, "stage");
    }

    public static DeadLetter of(ParseResult.Rejected rejected, Instant at, String stage) {
        return new DeadLetter(rejected.reason().code(), rejected.detail(), rejected.sensorId(), rejected.payload(), at, stage);
    }

    /** The reason as a {@link RejectReason}, empty for codes outside that list (such as a malformed topic). */
    public Optional<RejectReason> rejectReason() {
        return RejectReason.fromCode(reason);
    }
}
