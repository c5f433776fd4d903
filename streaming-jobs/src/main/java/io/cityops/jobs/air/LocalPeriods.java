package io.cityops.jobs.air;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Hours, natural days and years in the catalogue's local time (Asia/Shanghai by default), as epoch ms. */
final class LocalPeriods {

    static final long HOUR_MS = 3_600_000L;

    private LocalPeriods() {
    }

    static long hourStart(long eventTime, ZoneId zone) {
        return Instant.ofEpochMilli(eventTime).atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant().toEpochMilli();
    }

    static LocalDate day(long eventTime, ZoneId zone) {
        return Instant.ofEpochMilli(eventTime).atZone(zone).toLocalDate();
    }

    static long dayStart(long eventTime, ZoneId zone) {
        return start(day(eventTime, zone), zone);
    }

    static long dayEnd(long dayStart, ZoneId zone) {
        return start(day(dayStart, zone).plusDays(1), zone);
    }

    static int year(long eventTime, ZoneId zone) {
        return day(eventTime, zone).getYear();
    }

    static long yearStart(int year, ZoneId zone) {
        return start(LocalDate.of(year, 1, 1), zone);
    }

    static long yearEnd(int year, ZoneId zone) {
        return start(LocalDate.of(year + 1, 1, 1), zone);
    }

    static long start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    static ZonedDateTime local(long epochMs, ZoneId zone) {
        return Instant.ofEpochMilli(epochMs).atZone(zone);
    }
}
