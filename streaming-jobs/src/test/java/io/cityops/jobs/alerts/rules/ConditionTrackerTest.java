package io.cityops.jobs.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.jobs.alerts.rules.ConditionOutcome.Cleared;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Pending;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Raised;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Updated;
import io.cityops.jobs.alerts.rules.ConditionState.Active;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTrackerTest {

    private static final Instant START = Instant.parse("2026-11-28T00:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** AQI above 150 (info) / 200 (warning) / 300 (critical), cleared below 100. */
    private static AlertRule aqi(Duration minDuration) {
        return new AlertRule("region-aqi", AlertKind.AIR, "aqi_hourly", SubjectType.REGION, Direction.ABOVE,
                new BigDecimal("150"), new BigDecimal("100"), minDuration,
                List.of(SeverityLevel.of(Severity.INFO, "150"), SeverityLevel.of(Severity.WARNING, "200"),
                        SeverityLevel.of(Severity.CRITICAL, "300")), TimeLimits.NONE);
    }

    /** Runs values one minute apart from START and returns the final state and every outcome. */
    private static ConditionTracker.Step run(AlertRule rule, String... values) {
        ConditionTracker tracker = new ConditionTracker(rule);
        ConditionState state = ConditionState.IDLE;
        List<ConditionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ConditionTracker.Step step = tracker.observe(state, Observation.of(values[i], START.plus(MINUTE.multipliedBy(i))));
            state = step.state();
            outcomes.addAll(step.outcomes());
        }
        return new ConditionTracker.Step(state, outcomes);
    }

    /** Outcome names in order, e.g. "Raised Updated Cleared". */
    private static String kinds(ConditionTracker.Step step) {
        return step.outcomes().stream().map(o -> o.getClass().getSimpleName()).collect(Collectors.joining(" "));
    }

    private static long count(ConditionTracker.Step step, Class<?> kind) {
        return step.outcomes().stream().filter(kind::isInstance).count();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            flapping across the raise threshold                      | 160 140 160 120 155 100 151 | 1 | 0
            flapping inside the band after a clear is one new alert  | 160 99 140 120 149 130      | 1 | 1
            two real episodes are two alerts                         | 160 90 170 80               | 2 | 2
            staying on the clear threshold keeps the alert           | 160 100 100 100             | 1 | 0
            never above the raise threshold raises nothing           | 150 149 120 150             | 0 | 0
            """)
    void flappingInsideTheHysteresisBandOpensOneAlert(String scenario, String values, long raised, long cleared) {
        ConditionTracker.Step step = run(aqi(Duration.ZERO), values.split(" "));

        assertThat(count(step, Raised.class)).as("raised").isEqualTo(raised);
        assertThat(count(step, Cleared.class)).as("cleared").isEqualTo(cleared);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            still active at 100 (on the clear threshold)  | 160 100  | Raised Updated
            cleared at 99.99 (just below)                 | 160 99.99 | Raised Cleared
            back in the band keeps it active              | 160 149 101 | Raised Updated Updated
            """)
    void clearsOnlyBelowTheClearThreshold(String scenario, String values, String expected) {
        assertThat(kinds(run(aqi(Duration.ZERO), values.split(" ")))).isEqualTo(expected);
    }

    @Test
    void staysPendingUntilTheMinimumDurationHasPassed() {
        // one value a minute, five minutes required: raised by the value at minute 5
        ConditionTracker.Step step = run(aqi(Duration.ofMinutes(5)), "160", "170", "165", "160", "158", "155");

        assertThat(kinds(step)).isEqualTo("Pending Pending Pending Pending Pending Raised");
        Pending first = (Pending) step.outcomes().get(0);
        assertThat(first.raisesAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        Raised raised = (Raised) step.outcomes().get(5);
        assertThat(raised.firstSeen()).isEqualTo(START);
        assertThat(raised.raisedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(raised.peak()).isEqualByComparingTo("170");
        assertThat(raised.current()).isEqualByComparingTo("155");
    }

    @Test
    void aDipBelowTheRaiseThresholdRestartsTheMinimumDuration() {
        ConditionTracker.Step step = run(aqi(Duration.ofMinutes(3)), "160", "160", "140", "160", "160", "160", "160");

        assertThat(kinds(step)).isEqualTo("Pending Pending Pending Pending Pending Raised");
        assertThat(((Raised) step.outcomes().get(5)).firstSeen()).isEqualTo(START.plus(Duration.ofMinutes(3)));
    }

    @Test
    void raisesAtOnceWithoutAMinimumDurationAtTheSeverityOfThePeak() {
        ConditionTracker.Step step = run(aqi(Duration.ZERO), "250");

        assertThat(step.outcomes()).singleElement().isInstanceOfSatisfying(Raised.class,
                raised -> assertThat(raised.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void escalatesSeverityWhenAHigherLevelIsCrossedAndNeverLowersItWhileActive() {
        ConditionTracker.Step step = run(aqi(Duration.ZERO), "160", "210", "320", "180", "120");

        assertThat(step.outcomes()).hasSize(5);
        List<Updated> updates = step.outcomes().stream().filter(Updated.class::isInstance).map(Updated.class::cast).toList();
        assertThat(updates).extracting(Updated::severity)
                .containsExactly(Severity.WARNING, Severity.CRITICAL, Severity.CRITICAL, Severity.CRITICAL);
        assertThat(updates).extracting(Updated::escalated).containsExactly(true, true, false, false);
        Active active = (Active) step.state();
        assertThat(active.peak()).isEqualByComparingTo("320");
        assertThat(active.current()).isEqualByComparingTo("120");
        assertThat(active.firstSeen()).isEqualTo(START);
        assertThat(active.lastSeen()).isEqualTo(START.plus(Duration.ofMinutes(4)));
    }

    @Test
    void aBelowRuleTracksTheLowestValueAsItsPeak() {
        AlertRule siteDown = new AlertRule("5g-site-down", AlertKind.NETWORK, "site_available", SubjectType.SITE,
                Direction.BELOW, new BigDecimal("0.5"), new BigDecimal("0.75"), Duration.ofMinutes(2),
                List.of(SeverityLevel.of(Severity.CRITICAL, "0.5")), TimeLimits.NONE);

        ConditionTracker.Step step = run(siteDown, "1", "0", "0", "0", "0.6", "1");

        assertThat(kinds(step)).isEqualTo("Pending Pending Raised Updated Cleared");
        Cleared cleared = (Cleared) step.outcomes().get(4);
        assertThat(cleared.peak()).isEqualByComparingTo("0");
        assertThat(cleared.lasted()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void ignoresAnObservationOlderThanTheLastOneSeen() {
        ConditionTracker tracker = new ConditionTracker(aqi(Duration.ZERO));
        ConditionTracker.Step raised = tracker.observe(ConditionState.IDLE, Observation.of("160", START.plus(MINUTE)));

        ConditionTracker.Step late = tracker.observe(raised.state(), Observation.of("20", START));

        assertThat(late.state()).isEqualTo(raised.state());
        assertThat(late.outcomes()).isEmpty();
    }

    @Test
    void returnsToIdleWithoutOutcomesForQuietValues() {
        ConditionTracker.Step step = run(aqi(Duration.ZERO), "20", "60", "150");

        assertThat(step.state()).isEqualTo(ConditionState.IDLE);
        assertThat(step.outcomes()).isEmpty();
    }
}
