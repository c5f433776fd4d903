package io.cityops.jobs.air;

import java.math.BigDecimal;

/**
 * One pollutant's readings within one hour: their exact sum, how many, and which slots of the hour
 * they cover (bit i = slot i; a slot is the sensor's reporting interval, at least a minute, so an
 * hour has at most 60 slots).
 */
public record PollutantSum(BigDecimal sum, int count, long slots) {

    public static PollutantSum first(BigDecimal value, int slot) {
        return new PollutantSum(value, 1, 1L << slot);
    }

    public PollutantSum plus(BigDecimal value, int slot) {
        return new PollutantSum(sum.add(value), count + 1, slots | (1L << slot));
    }

    public BigDecimal mean() {
        return Decimals.mean(sum, count);
    }

    /** Seconds of the hour covered by the readings: covered slots × slot length, at most an hour. */
    public long coveredSeconds(int slotSeconds) {
        return Math.min(3600L, (long) Long.bitCount(slots) * slotSeconds);
    }
}
