package io.cityops.simulators.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads the instants users type: with an offset, or local date-time (or date) in a zone. */
public final class Instants {

    private Instants() {
    }

    public static Instant parse(String text, ZoneId zone) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // not UTC with Z
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 time: " + text
                    + " (e.g. 2026-01-10T08:00+08:00, or 2026-01-10T08:00 in " + zone + ")");
        }
    }
}
