package io.cityops.jobs.energy.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What one new counter value means, given the previous one. */
public sealed interface CounterStep extends Serializable {

    /** The counter advanced (or stood still): consumption spread over the hours the interval covers. */
    record Consumption(BigDecimal total, List<HourShare> hours) implements CounterStep {
        public Consumption {
            hours = List.copyOf(hours);
        }
    }

    /**
     * The counter went down: a reset or a replaced meter. Nothing is consumed; the new value becomes the
     * baseline (what was used between the last reading and the swap is unknown and is not guessed).
     */
    record Reset(BigDecimal previous, BigDecimal current) implements CounterStep {
    }

    /** The advance is faster than the meter's plausible maximum: a fault, not consumption; the baseline stays. */
    record Jump(String reason) implements CounterStep {
    }
}
