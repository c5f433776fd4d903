package io.cityops.ingest.catalogue;

import io.cityops.ingest.reading.SensorKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One alert rule as the catalogue declares it. The alert job turns it into its threshold rule with
 * hysteresis; this record only carries what was declared, already checked by the reader.
 *
 * @param id            unique rule id, the first part of every alert id it raises
 * @param kind          the domain (air, energy, network); decides the default time limits
 * @param indicator     the rule observation indicator it watches (see INDICATORS.md), e.g. {@code aqi_hourly}
 * @param subjectType   one of {@link #SUBJECT_TYPES}
 * @param scope         the subjects it applies to; empty means every subject of the type. Sensor classes,
 *                      region levels and explicit subject lists are resolved into ids when read
 * @param scopeNote     how the scope was declared, for people (for instance {@code sensorClasses: DUST_MONITOR})
 * @param direction     which side of the thresholds is bad
 * @param raise         raised when the value is beyond this for {@code minDuration}
 * @param clear         cleared when the value crosses back past this (hysteresis band in between)
 * @param minDuration   how long the breach must last before the alert opens
 * @param levels        severities in ascending order; the first threshold equals {@code raise}
 * @param acceptWithin  how long operators have to accept before the alert escalates, or null
 * @param resolveWithin how long operators have to resolve before the alert is flagged overdue, or null
 * @param quietHours    daily local-time windows in which a breach opens no alert
 * @param suppressions  absolute windows (planned works, maintenance) in which a breach opens no alert
 */
public record AlertRuleSpec(
        String id,
        SensorKind kind,
        String indicator,
        String subjectType,
        Set<String> scope,
        String scopeNote,
        Direction direction,
        BigDecimal raise,
        BigDecimal clear,
        Duration minDuration,
        List<Level> levels,
        Duration acceptWithin,
        Duration resolveWithin,
        List<QuietWindow> quietHours,
        List<Suppression> suppressions) implements Serializable {

    /** Subject types on the wire (INDICATORS.md). */
    public static final List<String> SUBJECT_TYPES = List.of("station", "sensor", "site", "cell", "entity", "region", "feed");

    public enum Direction { ABOVE, BELOW }

    public enum Severity { INFO, WARNING, CRITICAL }

    /** A severity that applies once the value is beyond {@code threshold}. */
    public record Level(Severity severity, BigDecimal threshold) implements Serializable {
        public Level {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(threshold, "threshold");
        }
    }

    /**
     * A daily window of local time, {@code from} inclusive, {@code to} exclusive; a window whose end
     * lies before its start runs over midnight (22:00–06:00).
     */
    public record QuietWindow(LocalTime from, LocalTime to) implements Serializable {
        public QuietWindow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean contains(LocalTime time) {
            if (from.isBefore(to)) {
                return !time.isBefore(from) && time.isBefore(to);
            }
            return !time.isBefore(from) || time.isBefore(to);
        }
    }

    /** An absolute window, {@code from} inclusive, {@code to} exclusive, with the reason it exists. */
    public record Suppression(Instant from, Instant to, String reason) implements Serializable {
        public Suppression {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean contains(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }
    }

    public AlertRuleSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(subjectType, "subjectType");
        scope = Set.copyOf(scope);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(raise, "raise");
        Objects.requireNonNull(clear, "clear");
        Objects.requireNonNull(minDuration, "minDuration");
        levels = List.copyOf(levels);
        quietHours = List.copyOf(quietHours);
        suppressions = List.copyOf(suppressions);
    }

    /** Whether the rule watches this subject (of its subject type). */
    public boolean appliesTo(String subject) {
        return scope.isEmpty() || scope.contains(subject);
    }

    /** Whether a breach at {@code at} must not open an alert (quiet hours in {@code zone}, or a suppression). */
    public boolean isQuietAt(Instant at, ZoneId zone) {
        if (suppressions.stream().anyMatch(s -> s.contains(at))) {
            return true;
        }
        LocalTime local = at.atZone(zone).toLocalTime();
        return quietHours.stream().anyMatch(w -> w.contains(local));
    }
}
