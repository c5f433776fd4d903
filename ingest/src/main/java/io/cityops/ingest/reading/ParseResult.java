package io.cityops.ingest.reading;

import java.util.Objects;

/** The outcome of decoding and validating one payload: a reading, or the reason it was rejected. */
public sealed interface ParseResult {

    record Accepted(Reading reading) implements ParseResult {
        public Accepted {
            Objects.requireNonNull(reading, "reading");
        }
    }

    /**
     * @param payload  the original payload, as received (UTF-8 text)
     * @param reason   machine-readable reason
     * @param detail   human-readable explanation naming the offending field or value
     * @param sensorId the sensor id when it could be read, otherwise {@code null}
     */
    record Rejected(String payload, RejectReason reason, String detail, String sensorId) implements ParseResult {
        public Rejected {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
