package io.cityops.api.air;

import io.cityops.api.problem.BadParameterException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;

/** Reads the time parameters of a query. */
final class Timestamps {

    /** The accepted forms, tried in turn. */
    private static final List<BiFunction<String, ZoneId, Instant>> FORMS = List.of(
            (text, zone) -> OffsetDateTime.parse(text).toInstant(),
            (text, zone) -> LocalDateTime.parse(text).atZone(zone).toInstant(),
            (text, zone) -> LocalDate.parse(text).atStartOfDay(zone).toInstant());

    private Timestamps() {
    }

    /**
     * Accepts ISO-8601 with an offset ({@code 2026-11-28T08:00:00+08:00}, {@code …Z}), a local date-time or a
     * date (both read in the catalogue's time zone; a date means its midnight), or epoch milliseconds.
     */
    static Instant parse(String parameter, String text, ZoneId zone) {
        // An unencoded '+' in a query string arrives as a space; an ISO time never contains one.
        String value = text.strip().replace(' ', '+');
        if (!value.isEmpty() && value.length() <= 15 && value.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        for (BiFunction<String, ZoneId, Instant> form : FORMS) {
            try {
                return form.apply(value, zone);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        throw new BadParameterException(parameter, "'" + text + "' is not a time; use ISO-8601 such as "
                + "2026-11-28T08:00:00+08:00, or a local date such as 2026-11-28");
    }
}
