package io.cityops.simulators.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The real ("wall") time a simulation is paced against. Tests pass a {@link ManualWallClock} so
 * that pacing is checked without waiting on real time.
 */
public interface WallClock {

    /** The current wall-clock instant. */
    Instant instant();

    /** A monotonic reading in nanoseconds, for measuring elapsed time. */
    long nanoTime();

    /** Blocks the calling thread for the given wall time (nothing when not positive). */
    void sleep(Duration duration) throws InterruptedException;

    static WallClock system() {
        return SystemWallClock.INSTANCE;
    }
}
