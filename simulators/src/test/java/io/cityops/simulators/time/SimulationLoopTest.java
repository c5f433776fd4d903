package io.cityops.simulators.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulationLoopTest {

    private static final Instant WALL_NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant SIM_START = Instant.parse("2026-01-10T00:00:00Z");

    /** What the sink saw: the item and the wall time it was handed over at. */
    record Handed(Instant item, Duration wallElapsed, Instant simulatedNow) {
    }

    @Test
    void atSixtyTimesAnHourOfReadingsTakesAWallMinuteAndEachIsSentOnceItsTimeHasCome() throws Exception {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        SimulatedClock clock = SimulatedClock.of(SIM_START, 60, Optional.of(Duration.ofHours(1)), wall);
        List<Handed> handed = run(ListSource.every(SIM_START, Duration.ofMinutes(5), 100), clock, Throttle.unlimited(), wall);

        assertThat(handed).hasSize(12);
        for (Handed h : handed) {
            Duration due = Duration.between(SIM_START, h.item()).dividedBy(60);
            assertThat(h.wallElapsed()).isBetween(due, due.plusMillis(1));
            assertThat(h.simulatedNow()).isAfterOrEqualTo(h.item());
        }
        // One wait per due time, not a busy loop.
        assertThat(wall.sleeps()).hasSize(11);
    }

    @Test
    void itemsDueAtTheSameTimeGoOutTogetherAfterOneWait() throws Exception {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        SimulatedClock clock = SimulatedClock.of(SIM_START, 1, Optional.empty(), wall);
        Instant t1 = SIM_START.plusSeconds(60);
        List<Handed> handed = run(new ListSource(List.of(SIM_START, SIM_START, t1, t1, t1)), clock, Throttle.unlimited(), wall);

        assertThat(handed).hasSize(5);
        assertThat(wall.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void anInfiniteSpeedUpNeverWaits() throws Exception {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        SimulatedClock clock = SimulatedClock.asFastAsPossible(SIM_START, Optional.of(Duration.ofDays(30)), wall);

        List<Handed> handed = run(ListSource.every(SIM_START, Duration.ofMinutes(1), 10_000), clock, Throttle.unlimited(), wall);

        assertThat(handed).hasSize(10_000);
        assertThat(wall.sleeps()).isEmpty();
    }

    @Test
    void theDurationEndsTheRunBeforeTheFirstItemAtOrAfterTheEnd() throws Exception {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        SimulatedClock clock = SimulatedClock.of(SIM_START, 3600, Optional.of(Duration.ofMinutes(30)), wall);

        List<Handed> handed = run(ListSource.every(SIM_START, Duration.ofMinutes(10), 10), clock, Throttle.unlimited(), wall);

        assertThat(handed).extracting(Handed::item).containsExactly(SIM_START, SIM_START.plusSeconds(600), SIM_START.plusSeconds(1200));
    }

    @Test
    void catchUpPublishesThePastWithoutWaitingThenFollowsTheWallClock() throws Exception {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        Instant twoHoursAgo = WALL_NOW.minus(Duration.ofHours(2));
        SimulatedClock clock = SimulatedClock.catchUpThenRealTime(twoHoursAgo, 1, Optional.of(Duration.ofHours(3)), wall);

        List<Handed> handed = run(ListSource.every(twoHoursAgo, Duration.ofMinutes(5), 100), clock, Throttle.unlimited(), wall);

        assertThat(handed).hasSize(36);
        List<Handed> past = handed.stream().filter(h -> !h.item().isAfter(WALL_NOW)).toList();
        assertThat(past).hasSize(25).allSatisfy(h -> assertThat(h.wallElapsed()).isZero());
        handed.stream().filter(h -> h.item().isAfter(WALL_NOW)).forEach(h ->
                assertThat(WALL_NOW.plus(h.wallElapsed())).isEqualTo(h.item()));
        assertThat(wall.sleeps()).hasSize(11).allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void afterCatchingUpTheClockRunsAtItsSpeedUp() throws Exception {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        Instant anHourAgo = WALL_NOW.minus(Duration.ofHours(1));
        SimulatedClock clock = SimulatedClock.catchUpThenRealTime(anHourAgo, 60, Optional.empty(), wall);

        List<Handed> handed = run(ListSource.every(anHourAgo, Duration.ofHours(1), 4), clock, Throttle.unlimited(), wall);

        assertThat(handed).extracting(Handed::wallElapsed)
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(2));
    }

    @Test
    void aRateCapSpacesMessagesInWallTimeEvenWhenTheClockIsInfinitelyFast() throws Exception {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        SimulatedClock clock = SimulatedClock.asFastAsPossible(SIM_START, Optional.empty(), wall);

        List<Handed> handed = run(ListSource.every(SIM_START, Duration.ofMinutes(1), 51), clock, Throttle.perSecond(10, wall), wall);

        assertThat(handed).hasSize(51);
        assertThat(handed.get(50).wallElapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anInterruptedRunStopsWithInterruptedException() {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        SimulatedClock clock = SimulatedClock.of(SIM_START, 1, Optional.empty(), wall);
        SimulationLoop<Instant> loop = new SimulationLoop<>(ListSource.every(SIM_START, Duration.ofMinutes(1), 10), clock,
                Throttle.unlimited(), item -> Thread.currentThread().interrupt());

        assertThatThrownBy(loop::run).isInstanceOf(InterruptedException.class);
        assertThat(loop.handed()).isEqualTo(1);
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void aClockRejectsANonPositiveSpeedUpOrDuration() {
        ManualWallClock wall = new ManualWallClock(WALL_NOW);
        assertThatThrownBy(() -> SimulatedClock.of(SIM_START, 0, Optional.empty(), wall)).hasMessageContaining("speed-up");
        assertThatThrownBy(() -> SimulatedClock.of(SIM_START, Double.NaN, Optional.empty(), wall)).hasMessageContaining("speed-up");
        assertThatThrownBy(() -> SimulatedClock.of(SIM_START, 1, Optional.of(Duration.ZERO), wall)).hasMessageContaining("duration");
        assertThatThrownBy(() -> Throttle.perSecond(-1, wall)).hasMessageContaining("rate");
    }

    private static List<Handed> run(TimedSource<Instant> source, SimulatedClock clock, Throttle throttle, ManualWallClock wall)
            throws InterruptedException {
        List<Handed> handed = new ArrayList<>();
        new SimulationLoop<>(source, clock, throttle, item -> handed.add(new Handed(item, wall.elapsed(), clock.now()))).run();
        return handed;
    }
}
