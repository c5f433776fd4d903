package io.cityops.jobs.energy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns two successive readings of a cumulative counter into consumption per clock hour.
 *
 * <p>An interval that spans several hours (a gap in the reports) is spread over them in proportion to
 * the time each hour covers. Shares are rounded to {@link #SCALE} decimals and the last share takes the
 * remainder, so the shares always add up to exactly the advance of the counter.
 */
public final class CounterDeltas {

    /** Decimals of a spread share (native units); a billionth of a kWh is far below any meter's resolution. */
    public static final int SCALE = 9;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private CounterDeltas() {
    }

    /**
     * @param previous     the last accepted counter value
     * @param previousTime its time
     * @param current      the new counter value
     * @param currentTime  its time, after {@code previousTime}
     * @param maxPerHour   the meter's plausible maximum consumption per hour, native units
     * @param zone         the local zone whose clock hours the consumption is booked into
     */
    public static CounterStep step(BigDecimal previous, Instant previousTime, BigDecimal current, Instant currentTime,
                                   BigDecimal maxPerHour, ZoneId zone) {
        if (!currentTime.isAfter(previousTime)) {
            throw new IllegalArgumentException("readings must come in time order: " + currentTime + " is not after " + previousTime);
        }
        BigDecimal advance = current.subtract(previous);
        if (advance.signum() < 0) {
            return new CounterStep.Reset(previous, current);
        }
        Duration elapsed = Duration.between(previousTime, currentTime);
        BigDecimal allowed = maxPerHour.multiply(BigDecimal.valueOf(elapsed.toMillis()))
                .divide(SECONDS_PER_HOUR.movePointRight(3), SCALE, RoundingMode.HALF_EVEN);
        if (advance.compareTo(allowed) > 0) {
            return new CounterStep.Jump("counter advanced by " + advance.toPlainString() + " in " + describe(elapsed)
                    + ", more than the plausible maximum of " + maxPerHour.toPlainString() + " per hour allows ("
                    + allowed.stripTrailingZeros().toPlainString() + ")");
        }
        return new CounterStep.Consumption(advance, spread(advance, previousTime, currentTime, zone));
    }

    /** Spreads {@code amount} over the clock hours of [{@code from}, {@code to}) in proportion to time. */
    static List<HourShare> spread(BigDecimal amount, Instant from, Instant to, ZoneId zone) {
        List<HourShare> shares = new ArrayList<>();
        long total = Duration.between(from, to).toMillis();
        BigDecimal booked = BigDecimal.ZERO;
        Instant hour = from.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
        while (hour.isBefore(to)) {
            Instant next = hour.atZone(zone).plusHours(1).toInstant();
            Instant start = hour.isBefore(from) ? from : hour;
            Instant end = next.isAfter(to) ? to : next;
            BigDecimal share;
            if (!next.isBefore(to)) {
                share = amount.subtract(booked);
            } else {
                share = amount.multiply(BigDecimal.valueOf(Duration.between(start, end).toMillis()))
                        .divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_EVEN);
            }
            booked = booked.add(share);
            shares.add(new HourShare(hour, strip(share)));
            hour = next;
        }
        return shares;
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : Decimals.plain(value);
    }

    private static String describe(Duration elapsed) {
        long seconds = elapsed.toSeconds();
        return seconds < 3600 ? seconds + " s" : BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " h";
    }
}
