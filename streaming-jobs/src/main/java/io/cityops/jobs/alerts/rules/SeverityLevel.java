package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A severity that applies once the value is beyond {@code threshold} in the rule's direction. */
public record SeverityLevel(Severity severity, BigDecimal threshold) implements Serializable {

    public SeverityLevel {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(threshold, "threshold");
    }

    public static SeverityLevel of(Severity severity, String threshold) {
        return new SeverityLevel(severity, new BigDecimal(threshold));
    }
}
