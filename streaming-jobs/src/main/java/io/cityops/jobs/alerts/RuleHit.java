package io.cityops.jobs.alerts;

import io.cityops.ingest.indicator.RuleObservation;
import java.util.Objects;

/**
 * One rule observation matched to one rule, routed to the state of that rule and subject.
 *
 * @param key         {@code {ruleId}:{subject}}
 * @param ruleId      the rule
 * @param observation what the producing job measured
 */
public record RuleHit(String key, String ruleId, RuleObservation observation) {

    public RuleHit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(observation, "observation");
    }
}
