package io.cityops.api.alerts;

import io.cityops.api.problem.BadParameterException;
import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** The {@code from}/{@code to} of alert queries: ISO-8601 with an offset, or a local date-time or date in the city's zone. */
final class QueryTimes {

    private QueryTimes() {
    }

    static Optional<Instant> optional(String parameter, @Nullable String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // An unencoded '+' of an offset arrives as a space.
        String value = text.strip().replace(' ', '+');
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException e) {
            // not with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toInstant());
        } catch (DateTimeException e) {
            throw new BadParameterException(parameter, "'" + text + "' is not a time; use ISO-8601 such as "
                    + "2026-11-28T08:00:00+08:00, 2026-11-28T08:00 or 2026-11-28 (city time)");
        }
    }

    static void requireOrder(Optional<Instant> from, Optional<Instant> to) {
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new BadParameterException("to", "to must be after from");
        }
    }
}
