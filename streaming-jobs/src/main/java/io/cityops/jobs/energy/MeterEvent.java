package io.cityops.jobs.energy;

import java.math.BigDecimal;

/**
 * A counter that went down: the meter was reset or replaced. Nothing was booked for the step; the new
 * value is the baseline from now on.
 *
 * @param meter     the meter
 * @param eventTime the reading that showed it, epoch ms
 * @param previous  the counter before
 * @param current   the counter now
 */
public record MeterEvent(String meter, long eventTime, BigDecimal previous, BigDecimal current) {

    public static final String RESET = "reset";
}
