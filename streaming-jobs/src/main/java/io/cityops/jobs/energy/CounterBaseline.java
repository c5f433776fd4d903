package io.cityops.jobs.energy;

import java.math.BigDecimal;

/**
 * The last counter value of a meter that was applied, and when.
 *
 * @param value     the counter
 * @param eventTime its time, epoch ms
 */
public record CounterBaseline(BigDecimal value, long eventTime) {
}
