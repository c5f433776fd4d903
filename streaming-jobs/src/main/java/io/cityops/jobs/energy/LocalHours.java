package io.cityops.jobs.energy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Local calendar periods (hour, day, month, year) as epoch milliseconds. */
final class LocalHours {

    private LocalHours() {
    }

    static long hourStart(long epochMs, ZoneId zone) {
        return local(epochMs, zone).truncatedTo(ChronoUnit.HOURS).toInstant().toEpochMilli();
    }

    static long hourEnd(long hourStart, ZoneId zone) {
        return local(hourStart, zone).plusHours(1).toInstant().toEpochMilli();
    }

    static long dayStart(long epochMs, ZoneId zone) {
        return local(epochMs, zone).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
    }

    static long monthStart(long epochMs, ZoneId zone) {
        return local(epochMs, zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    static long yearStart(int year, ZoneId zone) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    static int year(long epochMs, ZoneId zone) {
        return local(epochMs, zone).getYear();
    }

    static ZonedDateTime local(long epochMs, ZoneId zone) {
        return Instant.ofEpochMilli(epochMs).atZone(zone);
    }

    static String iso(long epochMs, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local(epochMs, zone));
    }
}
