package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One value of a rule's indicator for one subject, stamped with its event time. */
public record Observation(BigDecimal value, Instant at) implements Serializable {

    public Observation {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    public static Observation of(String value, Instant at) {
        return new Observation(new BigDecimal(value), at);
    }
}
