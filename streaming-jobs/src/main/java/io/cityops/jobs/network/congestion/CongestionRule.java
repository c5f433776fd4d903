package io.cityops.jobs.network.congestion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * A cell is congested once its DL PRB utilisation has stayed at or above the threshold for at least
 * the minimum duration, in consecutive reporting periods; a period below the threshold, or a period
 * without a report, ends the run.
 */
public record CongestionRule(BigDecimal prbDlThresholdPct, Duration minimumDuration, Duration period)
        implements Serializable {

    public CongestionRule {
        Objects.requireNonNull(prbDlThresholdPct, "prbDlThresholdPct");
        Objects.requireNonNull(minimumDuration, "minimumDuration");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The run after one more period.
     *
     * @param previous    the run so far, or {@link HighRun#NONE}
     * @param periodStart start of the period, epoch ms
     * @param prbDlPct    the period's DL PRB utilisation, or null when the cell did not report it
     */
    public HighRun next(HighRun previous, long periodStart, BigDecimal prbDlPct) {
        if (prbDlPct == null || prbDlPct.compareTo(prbDlThresholdPct) < 0) {
            return HighRun.NONE;
        }
        long periodEnd = periodStart + period.toMillis();
        if (previous.isRunning() && previous.end() == periodStart) {
            return new HighRun(previous.start(), periodEnd);
        }
        return new HighRun(periodStart, periodEnd);
    }

    public boolean congested(HighRun run) {
        return run.isRunning() && run.duration().compareTo(minimumDuration) >= 0;
    }

    /**
     * Consecutive periods at or above the threshold, {@code [start, end)} in epoch ms.
     */
    public record HighRun(long start, long end) implements Serializable {
        public static final HighRun NONE = new HighRun(0, 0);

        public boolean isRunning() {
            return end > start;
        }

        public Duration duration() {
            return Duration.ofMillis(end - start);
        }
    }
}
