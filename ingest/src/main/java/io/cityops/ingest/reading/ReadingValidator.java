package io.cityops.ingest.reading;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Sensor;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes and validates one payload against the wire format, the catalogue and the physical limits
 * of {@link ValueLimits}. The first problem found decides the reason; each reason's detail names the
 * field and the value.
 *
 * <p>Order of the checks: format ({@link ReadingCodec#decode}), then the sensor (known, of the stated
 * kind), then the event time (not too far ahead of {@code now}), then each value (a key of the kind,
 * measured by this sensor, within its limits). Serializable so that a Flink operator can carry it.
 */
public final class ReadingValidator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Catalogue catalogue;
    private final Duration maxFutureSkew;
    /** Sensors by id: the catalogue's own look-up is a scan, and this runs once per message. */
    private final HashMap<String, Sensor> sensorsById = new HashMap<>();

    public ReadingValidator(Catalogue catalogue, Duration maxFutureSkew) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.maxFutureSkew = Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must not be negative, got " + maxFutureSkew);
        }
        catalogue.sensors().forEach(s -> sensorsById.put(s.id(), s));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Duration maxFutureSkew() {
        return maxFutureSkew;
    }

    /** Decodes and validates a payload as received; {@code now} is the processing time of the check. */
    public ParseResult validate(byte[] payload, Instant now) {
        ParseResult decoded = ReadingCodec.decode(payload);
        if (decoded instanceof ParseResult.Accepted accepted) {
            return check(accepted.reading(), ReadingCodec.payloadText(payload), now);
        }
        return decoded;
    }

    /** Validates a reading built in process (for instance by a simulator) as if it had arrived encoded. */
    public ParseResult validate(Reading reading, Instant now) {
        return check(reading, ReadingCodec.encodeToString(reading), now);
    }

    private ParseResult check(Reading reading, String payload, Instant now) {
        return problem(reading, now)
                .<ParseResult>map(p -> new ParseResult.Rejected(payload, p.reason(), p.detail(), reading.sensorId()))
                .orElseGet(() -> new ParseResult.Accepted(reading));
    }

    private Optional<Problem> problem(Reading reading, Instant now) {
        Sensor sensor = sensorsById.get(reading.sensorId());
        if (sensor == null) {
            return Problem.of(RejectReason.UNKNOWN_SENSOR,
                    "sensor " + reading.sensorId() + " is not in catalogue " + catalogue.version());
        }
        if (sensor.kind() != reading.kind()) {
            return Problem.of(RejectReason.WRONG_KIND, "sensor " + sensor.id() + " is " + sensor.kind().wireName()
                    + " but the reading says kind " + reading.kind().wireName());
        }
        Instant latest = now.plus(maxFutureSkew);
        if (reading.ts().isAfter(latest)) {
            return Problem.of(RejectReason.FUTURE_TIMESTAMP, "ts " + reading.ts() + " is "
                    + Duration.between(now, reading.ts()).toSeconds() + " s ahead of " + now
                    + " (at most " + maxFutureSkew.toSeconds() + " s allowed)");
        }
        for (Map.Entry<String, Double> value : reading.values().entrySet()) {
            Optional<Problem> problem = valueProblem(sensor, value.getKey(), value.getValue());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> valueProblem(Sensor sensor, String key, double value) {
        if (!Double.isFinite(value)) {
            // only a reading built in process gets here: the codec already refuses these on the wire
            return Problem.of(RejectReason.NOT_FINITE, "value " + key + " is not a finite number: " + value);
        }
        Optional<ValueLimits.Limit> limit = ValueLimits.of(sensor.kind(), key);
        if (limit.isEmpty()) {
            return Problem.of(RejectReason.UNKNOWN_VALUE, "value key " + key + " is not one of the "
                    + sensor.kind().wireName() + " keys " + ValueLimits.keys(sensor.kind()));
        }
        if (!sensor.measures().isEmpty() && !sensor.measures().contains(key)) {
            return Problem.of(RejectReason.UNKNOWN_VALUE, "value key " + key + " is not measured by sensor "
                    + sensor.id() + " (it measures " + sensor.measures() + ")");
        }
        return limit.get().problemWith(value).map(detail -> new Problem(RejectReason.IMPOSSIBLE_VALUE, detail));
    }

    private record Problem(RejectReason reason, String detail) {
        static Optional<Problem> of(RejectReason reason, String detail) {
            return Optional.of(new Problem(reason, detail));
        }
    }
}
