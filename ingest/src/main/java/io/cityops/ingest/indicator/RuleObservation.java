package io.cityops.ingest.indicator;

import io.cityops.ingest.reading.SensorKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One value of an indicator that alert rules watch, published on {@code city.indicators} by the job
 * that computes it. The alert job matches it to rules by {@code indicator} and {@code subjectType}
 * and keeps the hysteresis; the producing job only says what it measured.
 *
 * @param indicator   what was measured, for instance {@code aqi_hourly}, {@code daily_budget_ratio},
 *                    {@code barometer_level}, {@code available}, {@code prb_dl_pct}
 * @param kind        the domain the indicator belongs to
 * @param subjectType what the value is about: station, sensor, site, cell, entity, region or feed
 * @param subject     the id of the subject (a catalogue id, or a feed name)
 * @param region      the region the subject lies in (itself for regions), or {@code null}
 * @param value       the measured value
 * @param at          the event time the value refers to (the end of its period)
 * @param replayed    whether it was computed while catching up with history, so that alerts it
 *                    raises page no one
 * @param detail      the figures that led to the value, for people reading the alert, or {@code null}
 */
public record RuleObservation(
        String indicator,
        SensorKind kind,
        String subjectType,
        String subject,
        String region,
        BigDecimal value,
        Instant at,
        boolean replayed,
        String detail) implements Serializable {

    /** The {@code type} field that marks these records among the indicators. */
    public static final String TYPE = "observation";

    public RuleObservation {
        requireText("indicator", indicator);
        Objects.requireNonNull(kind, "kind");
        requireText("subjectType", subjectType);
        requireText("subject", subject);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
