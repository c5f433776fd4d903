package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A threshold rule with hysteresis. The alert is raised once the indicator stays beyond
 * {@code raiseThreshold} for {@code minDuration}, and cleared only when it crosses back past
 * {@code clearThreshold}; values in between keep the current state, so a condition flapping inside
 * the band opens no new alert.
 *
 * <p>{@code levels} map values to severities in ascending order; the first level's threshold is the
 * raise threshold, and each further level lies further in the rule's direction.
 */
public record AlertRule(
        String id,
        AlertKind kind,
        String indicator,
        SubjectType subjectType,
        Direction direction,
        BigDecimal raiseThreshold,
        BigDecimal clearThreshold,
        Duration minDuration,
        List<SeverityLevel> levels,
        TimeLimits limits) implements Serializable {

    public AlertRule {
        requireText("id", id);
        String where = "rule " + id + ": ";
        Objects.requireNonNull(kind, where + "kind is required");
        requireText(where + "indicator", indicator);
        Objects.requireNonNull(subjectType, where + "subjectType is required");
        Objects.requireNonNull(direction, where + "direction is required");
        Objects.requireNonNull(raiseThreshold, where + "raiseThreshold is required");
        Objects.requireNonNull(clearThreshold, where + "clearThreshold is required");
        if (!direction.isBeyond(raiseThreshold, clearThreshold)) {
            throw new IllegalArgumentException(where + "clearThreshold (" + clearThreshold + ") must be "
                    + (direction == Direction.ABOVE ? "below" : "above") + " raiseThreshold (" + raiseThreshold
                    + ") for a " + direction + " rule, so that values between them keep the alert's state");
        }
        Objects.requireNonNull(minDuration, where + "minDuration is required");
        if (minDuration.isNegative()) {
            throw new IllegalArgumentException(where + "minDuration must not be negative, was " + minDuration);
        }
        levels = List.copyOf(Objects.requireNonNull(levels, where + "levels are required"));
        validateLevels(where, direction, raiseThreshold, levels);
        limits = limits == null ? TimeLimits.NONE : limits;
    }

    /** The highest severity whose threshold {@code value} is beyond; the lowest level when none is. */
    public Severity severityFor(BigDecimal value) {
        Severity severity = levels.get(0).severity();
        for (SeverityLevel level : levels) {
            if (direction.isBeyond(value, level.threshold())) {
                severity = level.severity();
            }
        }
        return severity;
    }

    public boolean isBreachedBy(BigDecimal value) {
        return direction.isBeyond(value, raiseThreshold);
    }

    public boolean isClearedBy(BigDecimal value) {
        return direction.hasCleared(value, clearThreshold);
    }

    private static void validateLevels(String where, Direction direction, BigDecimal raise, List<SeverityLevel> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException(where + "at least one severity level is required");
        }
        if (levels.get(0).threshold().compareTo(raise) != 0) {
            throw new IllegalArgumentException(where + "the first severity level's threshold ("
                    + levels.get(0).threshold() + ") must equal raiseThreshold (" + raise + ")");
        }
        for (int i = 1; i < levels.size(); i++) {
            SeverityLevel lower = levels.get(i - 1);
            SeverityLevel higher = levels.get(i);
            if (higher.severity().compareTo(lower.severity()) <= 0) {
                throw new IllegalArgumentException(where + "severity levels must ascend, but "
                        + higher.severity() + " follows " + lower.severity());
            }
            if (!direction.isBeyond(higher.threshold(), lower.threshold())) {
                throw new IllegalArgumentException(where + "the " + higher.severity() + " threshold ("
                        + higher.threshold() + ") must lie " + (direction == Direction.ABOVE ? "above" : "below")
                        + " the " + lower.severity() + " threshold (" + lower.threshold() + ")");
            }
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
