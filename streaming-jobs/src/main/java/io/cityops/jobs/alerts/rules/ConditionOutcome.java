package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** What the condition tracker tells the alert workflow after an observation. */
public sealed interface ConditionOutcome extends Serializable {

    String ruleId();

    /** Beyond the raise threshold, waiting for the minimum duration; {@code raisesAt} is the earliest raise time. */
    record Pending(String ruleId, Instant firstSeen, Instant lastSeen, BigDecimal current, Instant raisesAt)
            implements ConditionOutcome {
    }

    /** The condition lasted the minimum duration: an alert should exist from now on. */
    record Raised(String ruleId, Instant firstSeen, Instant raisedAt, BigDecimal peak, BigDecimal current,
                  Severity severity) implements ConditionOutcome {
    }

    /** Still active: latest and peak value; {@code previousSeverity} differs from {@code severity} on escalation. */
    record Updated(String ruleId, Instant firstSeen, Instant lastSeen, BigDecimal peak, BigDecimal current,
                   Severity severity, Severity previousSeverity) implements ConditionOutcome {

        public boolean escalated() {
            return severity != previousSeverity;
        }
    }

    /** The value crossed back past the clear threshold. */
    record Cleared(String ruleId, Instant firstSeen, Instant clearedAt, BigDecimal peak, BigDecimal current)
            implements ConditionOutcome {

        public Duration lasted() {
            return Duration.between(firstSeen, clearedAt);
        }
    }
}
