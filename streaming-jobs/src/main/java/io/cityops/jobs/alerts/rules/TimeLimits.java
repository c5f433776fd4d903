package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * How long operators have to accept and to resolve an alert, counted from the start of its current
 * cycle (opening or reopening). Either limit may be absent. Fields are nullable rather than
 * {@code Optional} so the record stays Serializable.
 */
public record TimeLimits(Duration acceptWithin, Duration resolveWithin) implements Serializable {

    public static final TimeLimits NONE = new TimeLimits(null, null);

    public TimeLimits {
        requirePositive("acceptWithin", acceptWithin);
        requirePositive("resolveWithin", resolveWithin);
        if (acceptWithin != null && resolveWithin != null && resolveWithin.compareTo(acceptWithin) < 0) {
            throw new IllegalArgumentException("resolveWithin (" + resolveWithin
                    + ") must not be shorter than acceptWithin (" + acceptWithin + ")");
        }
    }

    public static TimeLimits of(Duration acceptWithin, Duration resolveWithin) {
        return new TimeLimits(acceptWithin, resolveWithin);
    }

    public Optional<Duration> accept() {
        return Optional.ofNullable(acceptWithin);
    }

    public Optional<Duration> resolve() {
        return Optional.ofNullable(resolveWithin);
    }

    private static void requirePositive(String name, Duration limit) {
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException(name + " must be positive when given, was " + limit);
        }
    }
}
