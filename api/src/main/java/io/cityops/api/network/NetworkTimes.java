package io.cityops.api.network;

import io.cityops.api.problem.BadParameterException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reads the time parameters of the network endpoints; the same forms as the air endpoints accept. */
final class NetworkTimes {

    private NetworkTimes() {
    }

    /** ISO-8601 with offset, a local date-time or date (in the catalogue's zone), or epoch milliseconds. */
    static Instant parse(String parameter, String text, ZoneId zone) {
        // an unencoded '+' in a query string arrives as a space
        String value = text.strip().replace(' ', '+');
        if (!value.isEmpty() && value.length() <= 15 && value.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            return value.matches(".*([+-]\\d\\d:\\d\\d|Z)$") ? OffsetDateTime.parse(value).toInstant()
                    : LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new BadParameterException(parameter, "'" + text + "' is not a time; use ISO-8601 such as "
                    + "2026-11-28T08:00:00+08:00, or a local date such as 2026-11-28");
        }
    }
}
