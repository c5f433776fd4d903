package io.cityops.jobs.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRuleTest {

    private static final List<SeverityLevel> AQI_LEVELS = List.of(
            SeverityLevel.of(Severity.INFO, "150"), SeverityLevel.of(Severity.WARNING, "200"),
            SeverityLevel.of(Severity.CRITICAL, "300"));

    private static AlertRule rule(Direction direction, String raise, String clear, Duration minDuration,
                                  List<SeverityLevel> levels) {
        return new AlertRule("r1", AlertKind.AIR, "aqi_hourly", SubjectType.REGION, direction, new BigDecimal(raise),
                new BigDecimal(clear), minDuration, levels, TimeLimits.NONE);
    }

    @ParameterizedTest(name = "{0} raise {1} clear {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ABOVE | 150 | 150 | must be below raiseThreshold (150) for a ABOVE rule
            ABOVE | 150 | 160 | must be below raiseThreshold (150) for a ABOVE rule
            BELOW | 0.5 | 0.5 | must be above raiseThreshold (0.5) for a BELOW rule
            BELOW | 0.5 | 0.2 | must be above raiseThreshold (0.5) for a BELOW rule
            """)
    void rejectsAClearThresholdOnTheWrongSideOfTheRaiseThreshold(Direction direction, String raise, String clear,
                                                                String message) {
        List<SeverityLevel> levels = List.of(SeverityLevel.of(Severity.WARNING, raise));
        assertThatThrownBy(() -> rule(direction, raise, clear, Duration.ZERO, levels))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule r1").hasMessageContaining(message);
    }

    @Test
    void rejectsANegativeMinimumDuration() {
        assertThatThrownBy(() -> rule(Direction.ABOVE, "150", "100", Duration.ofMinutes(-1), AQI_LEVELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minDuration must not be negative");
    }

    @Test
    void rejectsRulesWithoutSeverityLevels() {
        assertThatThrownBy(() -> rule(Direction.ABOVE, "150", "100", Duration.ZERO, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one severity level");
    }

    @Test
    void rejectsAFirstLevelThatIsNotTheRaiseThreshold() {
        List<SeverityLevel> levels = List.of(SeverityLevel.of(Severity.WARNING, "200"));
        assertThatThrownBy(() -> rule(Direction.ABOVE, "150", "100", Duration.ZERO, levels))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must equal raiseThreshold (150)");
    }

    @Test
    void rejectsSeverityLevelsThatDoNotAscend() {
        List<SeverityLevel> levels = List.of(SeverityLevel.of(Severity.WARNING, "150"), SeverityLevel.of(Severity.INFO, "200"));
        assertThatThrownBy(() -> rule(Direction.ABOVE, "150", "100", Duration.ZERO, levels))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INFO follows WARNING");
    }

    @Test
    void rejectsAHigherLevelWhoseThresholdIsNotFurtherOut() {
        List<SeverityLevel> levels = List.of(SeverityLevel.of(Severity.WARNING, "0.5"), SeverityLevel.of(Severity.CRITICAL, "0.8"));
        assertThatThrownBy(() -> rule(Direction.BELOW, "0.5", "0.75", Duration.ZERO, levels))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CRITICAL threshold (0.8) must lie below");
    }

    @Test
    void rejectsABlankIndicator() {
        assertThatThrownBy(() -> new AlertRule("r1", AlertKind.AIR, " ", SubjectType.REGION, Direction.ABOVE,
                BigDecimal.TEN, BigDecimal.ONE, Duration.ZERO, List.of(SeverityLevel.of(Severity.INFO, "10")), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule r1: indicator must not be blank");
    }

    @Test
    void rejectsAResolveLimitShorterThanTheAcceptLimit() {
        assertThatThrownBy(() -> TimeLimits.of(Duration.ofHours(1), Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be shorter than acceptWithin");
        assertThatThrownBy(() -> TimeLimits.of(Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acceptWithin must be positive");
    }

    @Test
    void treatsMissingTimeLimitsAsNone() {
        AlertRule rule = new AlertRule("r1", AlertKind.AIR, "aqi", SubjectType.REGION, Direction.ABOVE,
                BigDecimal.TEN, BigDecimal.ONE, Duration.ZERO, List.of(SeverityLevel.of(Severity.INFO, "10")), null);
        assertThat(rule.limits()).isEqualTo(TimeLimits.NONE);
        assertThat(rule.limits().accept()).isEmpty();
    }

    @ParameterizedTest(name = "AQI {0} is {1}")
    @CsvSource({
            "151, INFO", "200, INFO", "201, WARNING", "300, WARNING", "301, CRITICAL", "500, CRITICAL",
            // below the raise threshold the rule reports its lowest level; the tracker never raises there
            "120, INFO"})
    void mapsAValueToTheHighestLevelItIsBeyond(String value, Severity expected) {
        AlertRule rule = rule(Direction.ABOVE, "150", "100", Duration.ZERO, AQI_LEVELS);
        assertThat(rule.severityFor(new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ABOVE 150 / clear 100 at {0}: breached {1}, cleared {2}")
    @CsvSource({"150.1, true, false", "150, false, false", "100, false, false", "99.9, false, true"})
    void thresholdsAreStrictSoTheBandIncludesBothEdges(String value, boolean breached, boolean cleared) {
        AlertRule rule = rule(Direction.ABOVE, "150", "100", Duration.ZERO, AQI_LEVELS);
        assertThat(rule.isBreachedBy(new BigDecimal(value))).isEqualTo(breached);
        assertThat(rule.isClearedBy(new BigDecimal(value))).isEqualTo(cleared);
    }
}
