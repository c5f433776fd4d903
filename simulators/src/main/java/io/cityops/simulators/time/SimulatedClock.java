package io.cityops.simulators.time;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Simulated time, paced against a {@link WallClock}: it starts at {@code start} and advances
 * {@code speedUp} simulated seconds per wall second (60 = one hour per minute; infinity = as fast as
 * the consumer can go). An optional duration ends it.
 *
 * <p>In catch-up mode ({@link #catchUpThenRealTime}) a start in the past first runs as fast as
 * possible until the simulated time reaches the wall clock, then continues at {@code speedUp}
 * from there; with a speed-up of 1 simulated time is then the wall time. That is the standalone
 * demo's "backfill yesterday, then live" behaviour.
 *
 * <p>Not thread-safe: one run loop owns a clock. The clock is anchored to the wall clock on its
 * first use, not on construction, so building it early does not eat into the schedule.
 */
public final class SimulatedClock {

    /** Further than any simulation goes; what "now" is for an infinitely fast clock. */
    static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");
    private static final double MAX_SIMULATED_SECONDS = 1e11;

    private final WallClock wall;
    private final Instant start;
    private final double speedUp;
    private final Instant end;
    private final boolean catchUp;

    private boolean anchored;
    private boolean caughtUp;
    private Instant simulatedAnchor;
    private long wallAnchorNanos;

    private SimulatedClock(WallClock wall, Instant start, double speedUp, Optional<Duration> duration, boolean catchUp) {
        this.wall = Objects.requireNonNull(wall, "wall");
        this.start = Objects.requireNonNull(start, "start");
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speed-up must be positive (simulated seconds per wall second), got " + speedUp);
        }
        this.speedUp = speedUp;
        Objects.requireNonNull(duration, "duration");
        duration.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("duration must be positive, got " + d);
            }
        });
        this.end = duration.map(start::plus).orElse(null);
        this.catchUp = catchUp;
    }

    /** A clock running at a fixed speed-up from {@code start}. */
    public static SimulatedClock of(Instant start, double speedUp, Optional<Duration> duration, WallClock wall) {
        return new SimulatedClock(wall, start, speedUp, duration, false);
    }

    /** A clock that runs as fast as possible, never waiting; for replays and batch generation. */
    public static SimulatedClock asFastAsPossible(Instant start, Optional<Duration> duration, WallClock wall) {
        return new SimulatedClock(wall, start, Double.POSITIVE_INFINITY, duration, false);
    }

    /**
     * A clock that catches up from a past {@code start} to the wall clock as fast as possible, then
     * runs at {@code speedUpAfter}. A start in the future simply waits for it at that speed-up.
     */
    public static SimulatedClock catchUpThenRealTime(Instant start, double speedUpAfter, Optional<Duration> duration, WallClock wall) {
        return new SimulatedClock(wall, start, speedUpAfter, duration, true);
    }

    /**
     * {@link #catchUpThenRealTime} when {@code catchUpFirst}, else {@link #of}: the choice every simulation
     * offers its user.
     */
    public static SimulatedClock of(Instant start, double speedUp, Optional<Duration> duration, boolean catchUpFirst,
                                    WallClock wall) {
        return catchUpFirst ? catchUpThenRealTime(start, speedUp, duration, wall) : of(start, speedUp, duration, wall);
    }

    /** Default start: the wall clock's now, truncated to the minute. */
    public static Instant nowTruncatedToMinute(WallClock wall) {
        return wall.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    public Instant start() {
        return start;
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(end);
    }

    public double speedUp() {
        return speedUp;
    }

    /** Whether a catch-up clock is still catching up (always false for the other clocks). */
    public boolean catchingUp() {
        anchor();
        return catchUp && !caughtUp;
    }

    /** Whether something due at {@code due} lies at or beyond the end of the simulation. */
    public boolean isOver(Instant due) {
        return end != null && !due.isBefore(end);
    }

    /** The current simulated time. */
    public Instant now() {
        anchor();
        if (catchUp && !caughtUp) {
            return wall.instant();
        }
        if (Double.isInfinite(speedUp)) {
            return FAR_FUTURE;
        }
        double seconds = (wall.nanoTime() - wallAnchorNanos) / 1e9 * speedUp;
        if (seconds > MAX_SIMULATED_SECONDS) {
            return FAR_FUTURE;
        }
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return simulatedAnchor.plusSeconds(whole).plusNanos(nanos);
    }

    /**
     * Blocks until the simulated time has reached {@code target}: one wall-clock sleep of the right
     * length (repeated only if the sleep woke early), never a busy loop.
     */
    public void awaitUntil(Instant target) throws InterruptedException {
        while (true) {
            Instant now = now();
            if (!now.isBefore(target)) {
                return;
            }
            if (catchUp && !caughtUp) {
                // Reached the wall clock: from here on simulated time runs at the configured speed.
                caughtUp = true;
                simulatedAnchor = now;
                wallAnchorNanos = wall.nanoTime();
                continue;
            }
            Duration simulatedGap = Duration.between(now, target);
            double wallNanos = simulatedGap.toNanos() / speedUp;
            wall.sleep(Duration.ofNanos(Math.max(1_000L, (long) Math.ceil(wallNanos))));
        }
    }

    private void anchor() {
        if (anchored) {
            return;
        }
        anchored = true;
        wallAnchorNanos = wall.nanoTime();
        simulatedAnchor = start;
        if (catchUp && !start.isBefore(wall.instant())) {
            // Nothing to catch up: simulated time is the wall time, running at the configured speed.
            caughtUp = true;
            simulatedAnchor = wall.instant();
        }
    }
}
