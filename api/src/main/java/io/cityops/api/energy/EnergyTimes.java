package io.cityops.api.energy;

import io.cityops.api.problem.BadParameterException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reads {@code from} and {@code to} in the forms the air endpoints accept. */
final class EnergyTimes {

    private EnergyTimes() {
    }

    /** ISO-8601 with an offset, a local date-time or date (catalogue zone; a date is its midnight), or epoch ms. */
    static Instant parse(String parameter, String text, ZoneId zone) {
        // An unencoded '+' in a query string arrives as a space.
        String value = text.strip().replace(' ', '+');
        if (!value.isEmpty() && value.length() <= 15 && value.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(zone).toInstant();
                } catch (DateTimeException notDate) {
                    throw new BadParameterException(parameter, "'" + text + "' is not a time; use ISO-8601 such as "
                            + "2026-11-28T08:00:00+08:00, or a local date such as 2026-11-28");
                }
            }
        }
    }
}
