package io.cityops.simulators.time;

import java.time.Duration;
import java.util.Objects;

/**
 * Caps how many items per wall second pass: each {@link #acquire()} waits, if needed, until one
 * interval after the previous permit. Independent of the simulated clock, so a replay can run "as
 * fast as possible, but at most 500 messages a second".
 */
public final class Throttle {

    private static final Throttle UNLIMITED = new Throttle(null, 0);

    private final WallClock wall;
    private final long intervalNanos;
    private long nextPermitNanos;
    private boolean started;

    private Throttle(WallClock wall, long intervalNanos) {
        this.wall = wall;
        this.intervalNanos = intervalNanos;
    }

    public static Throttle unlimited() {
        return UNLIMITED;
    }

    /** At most {@code perSecond} permits per wall second; 0 means no cap. */
    public static Throttle perSecond(double perSecond, WallClock wall) {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate must be a finite number of messages per second >= 0, got " + perSecond);
        }
        if (perSecond == 0) {
            return UNLIMITED;
        }
        return new Throttle(Objects.requireNonNull(wall, "wall"), Math.max(1L, Math.round(1e9 / perSecond)));
    }

    public boolean limited() {
        return wall != null;
    }

    /** Waits until the next permit is available and takes it. */
    public void acquire() throws InterruptedException {
        if (wall == null) {
            return;
        }
        long now = wall.nanoTime();
        if (!started) {
            started = true;
            nextPermitNanos = now;
        }
        if (nextPermitNanos > now) {
            wall.sleep(Duration.ofNanos(nextPermitNanos - now));
        }
        // Idle time does not build up a burst allowance.
        nextPermitNanos = Math.max(nextPermitNanos, now) + intervalNanos;
    }
}
