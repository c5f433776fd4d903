package io.cityops.jobs.network;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The three resolutions of the network figures: the reporting period (aligned to the epoch, which is
 * aligned to local quarter hours in every zone whose offset is a whole number of quarter hours), the
 * local hour and the local day.
 */
public record NetworkPeriods(Duration period, ZoneId zone) implements Serializable {

    public NetworkPeriods {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        if (period.isZero() || period.isNegative() || Duration.ofHours(1).toMillis() % period.toMillis() != 0) {
            throw new IllegalArgumentException("the reporting period must divide an hour, was " + period);
        }
    }

    public long periodMs() {
        return period.toMillis();
    }

    /**
     * The period a report stamped {@code ts} covers. Counters are stamped at the end of their period
     * (a report at 10:15 covers 10:00–10:15), so a stamp on a boundary belongs to the period before it.
     */
    public long periodStartOfReport(long ts) {
        return Math.floorDiv(ts - 1, periodMs()) * periodMs();
    }

    /** The period an instantaneous sample (a power reading) at {@code ts} falls in. */
    public long periodStartOfSample(long ts) {
        return Math.floorDiv(ts, periodMs()) * periodMs();
    }

    public long hourStart(long periodStart) {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(periodStart), zone).truncatedTo(ChronoUnit.HOURS)
                .toInstant().toEpochMilli();
    }

    public long hourEnd(long hourStart) {
        return hourStart + Duration.ofHours(1).toMillis();
    }

    public long dayStart(long periodStart) {
        LocalDate day = Instant.ofEpochMilli(periodStart).atZone(zone).toLocalDate();
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public long dayEnd(long dayStart) {
        LocalDate day = Instant.ofEpochMilli(dayStart).atZone(zone).toLocalDate();
        return day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
