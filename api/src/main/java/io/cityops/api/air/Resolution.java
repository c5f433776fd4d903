package io.cityops.api.air;

import io.cityops.ingest.schema.AirSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The two periods the air-quality job reports: natural hours and natural days in local time. */
enum Resolution {
    HOUR("hour", AirSeries.HOURLY, Duration.ofHours(24)),
    DAY("day", AirSeries.DAILY, Duration.ofDays(31));

    private final String code;
    private final String measurement;
    private final Duration defaultSpan;

    Resolution(String code, String measurement, Duration defaultSpan) {
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

    /** How far back a request without {@code from} reaches. */
    Duration defaultSpan() {
        return defaultSpan;
    }

    /** The end of the period starting at {@code start}: an hour later, or the next local midnight. */
    Instant end(Instant start, ZoneId zone) {
        return switch (this) {
            case HOUR -> start.plus(Duration.ofHours(1));
            case DAY -> start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        };
    }

    static Resolution fromCode(String code) {
        for (Resolution resolution : values()) {
            if (resolution.code.equals(code)) {
                return resolution;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
