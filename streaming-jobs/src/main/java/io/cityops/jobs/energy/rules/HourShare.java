package io.cityops.jobs.energy.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The part of a counter advance that falls into one clock hour.
 *
 * @param hourStart start of the hour
 * @param amount    native units consumed in it
 */
public record HourShare(Instant hourStart, BigDecimal amount) implements Serializable {
}
