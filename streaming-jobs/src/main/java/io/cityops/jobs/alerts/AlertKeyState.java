package io.cityops.jobs.alerts;

import io.cityops.jobs.alerts.rules.Alert;
import io.cityops.jobs.alerts.rules.ConditionState;
import java.io.Serializable;
import java.util.Objects;

/**
 * Everything the job keeps for one rule and subject: the condition tracker's state, the latest alert
 * (open, in progress or closed; null before the first) with its facts, and how many alerts the pair
 * has had, which numbers the next one.
 */
record AlertKeyState(ConditionState condition, Alert alert, AlertFacts facts, long number) implements Serializable {

    static final AlertKeyState INITIAL = new AlertKeyState(ConditionState.IDLE, null, null, 0);

    AlertKeyState {
        Objects.requireNonNull(condition, "condition");
    }
}
