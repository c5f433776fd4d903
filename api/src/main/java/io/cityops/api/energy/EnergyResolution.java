package io.cityops.api.energy;

import io.cityops.ingest.schema.EnergySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The periods the energy job reports: local clock hours, days and months. */
enum EnergyResolution {
    HOUR("hour", EnergySeries.HOURLY, Duration.ofHours(24)),
    DAY("day", EnergySeries.DAILY, Duration.ofDays(31)),
    MONTH("month", EnergySeries.MONTHLY, Duration.ofDays(366));

    private final String code;
    private final String measurement;
    private final Duration defaultSpan;

    EnergyResolution(String code, String measurement, Duration defaultSpan) {
        this.code = code;
        this.measurement = measurement;
        this.defaultSpan = defaultSpan;
    }

    String code() {
        return code;
    }

    String measurement() {
        return measurement;
    }

    Duration defaultSpan() {
        return defaultSpan;
    }

    /** The end of the period starting at {@code start}, in local time. */
    Instant end(Instant start, ZoneId zone) {
        ZonedDateTime local = start.atZone(zone);
        return switch (this) {
            case HOUR -> local.plusHours(1).toInstant();
            case DAY -> local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case MONTH -> local.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
        };
    }

    static EnergyResolution fromCode(String code) {
        for (EnergyResolution resolution : values()) {
            if (resolution.code.equals(code)) {
                return resolution;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
