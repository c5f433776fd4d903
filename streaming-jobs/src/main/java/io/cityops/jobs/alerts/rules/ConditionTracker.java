package io.cityops.jobs.alerts.rules;

import io.cityops.jobs.alerts.rules.ConditionOutcome.Cleared;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Raised;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Updated;
import io.cityops.jobs.alerts.rules.ConditionState.Active;
import io.cityops.jobs.alerts.rules.ConditionState.Idle;
import io.cityops.jobs.alerts.rules.ConditionState.Pending;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Applies one rule's hysteresis and minimum duration to the observations of one subject. Pure: the
 * caller keeps the state (Flink keyed state keyed by rule and subject) and passes event times in.
 */
public final class ConditionTracker implements Serializable {

    private final AlertRule rule;

    public ConditionTracker(AlertRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public AlertRule rule() {
        return rule;
    }

    /** The new state and what happened, in order. */
    public record Step(ConditionState state, List<ConditionOutcome> outcomes) implements Serializable {
        public Step {
            Objects.requireNonNull(state, "state");
            outcomes = List.copyOf(outcomes);
        }

        static Step quiet(ConditionState state) {
            return new Step(state, List.of());
        }

        static Step of(ConditionState state, ConditionOutcome outcome) {
            return new Step(state, List.of(outcome));
        }
    }

    public Step observe(ConditionState state, Observation observation) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(observation, "observation");
        if (state instanceof Idle) {
            return fromIdle(observation);
        }
        if (state instanceof Pending pending) {
            // Out-of-order values older than what was already seen cannot change the past decision.
            return observation.at().isBefore(pending.lastSeen()) ? Step.quiet(state) : fromPending(pending, observation);
        }
        Active active = (Active) state;
        return observation.at().isBefore(active.lastSeen()) ? Step.quiet(state) : fromActive(active, observation);
    }

    private Step fromIdle(Observation o) {
        if (!rule.isBreachedBy(o.value())) {
            return Step.quiet(ConditionState.IDLE);
        }
        return fromPending(new Pending(o.at(), o.at(), o.value(), o.value()), o);
    }

    private Step fromPending(Pending pending, Observation o) {
        if (!rule.isBreachedBy(o.value())) {
            // The minimum duration asks for an uninterrupted breach; a dip restarts the clock.
            return Step.quiet(ConditionState.IDLE);
        }
        BigDecimal peak = rule.direction().worse(pending.peak(), o.value());
        Instant raisesAt = pending.firstSeen().plus(rule.minDuration());
        if (o.at().isBefore(raisesAt)) {
            Pending next = new Pending(pending.firstSeen(), o.at(), peak, o.value());
            return Step.of(next, new ConditionOutcome.Pending(rule.id(), next.firstSeen(), o.at(), o.value(), raisesAt));
        }
        Severity severity = rule.severityFor(peak);
        Active active = new Active(pending.firstSeen(), o.at(), o.at(), peak, o.value(), severity);
        return Step.of(active, new Raised(rule.id(), active.firstSeen(), o.at(), peak, o.value(), severity));
    }

    private Step fromActive(Active active, Observation o) {
        BigDecimal peak = rule.direction().worse(active.peak(), o.value());
        if (rule.isClearedBy(o.value())) {
            return Step.of(ConditionState.IDLE, new Cleared(rule.id(), active.firstSeen(), o.at(), peak, o.value()));
        }
        Severity severity = active.severity().atLeast(rule.severityFor(o.value()));
        Active next = new Active(active.firstSeen(), active.raisedAt(), o.at(), peak, o.value(), severity);
        return Step.of(next, new Updated(rule.id(), next.firstSeen(), o.at(), peak, o.value(), severity, active.severity()));
    }
}
