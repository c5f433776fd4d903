package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Where a rule's condition stands for one subject. Immutable; the tracker returns new values. */
public sealed interface ConditionState extends Serializable {

    ConditionState IDLE = new Idle();

    /** Nothing beyond the raise threshold (or the last alert has cleared). */
    record Idle() implements ConditionState {
    }

    /** Beyond the raise threshold since {@code firstSeen}, but not yet for the rule's minimum duration. */
    record Pending(Instant firstSeen, Instant lastSeen, BigDecimal peak, BigDecimal current) implements ConditionState {
        public Pending {
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
            Objects.requireNonNull(peak, "peak");
            Objects.requireNonNull(current, "current");
        }
    }

    /** Raised and not yet cleared; severity only ever rises while active. */
    record Active(Instant firstSeen, Instant raisedAt, Instant lastSeen, BigDecimal peak, BigDecimal current,
                  Severity severity) implements ConditionState {
        public Active {
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(raisedAt, "raisedAt");
            Objects.requireNonNull(lastSeen, "lastSeen");
            Objects.requireNonNull(peak, "peak");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(severity, "severity");
        }
    }
}
