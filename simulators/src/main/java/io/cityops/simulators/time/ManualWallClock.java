package io.cityops.simulators.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A wall clock that only moves when told to, or when someone sleeps on it (sleeping advances it by
 * exactly the requested time). Lets tests run a paced simulation instantly while still checking
 * how long, in wall time, it would have taken and how often it waited.
 */
public final class ManualWallClock implements WallClock {

    private Instant now;
    private long nanos;
    private final List<Duration> sleeps = new ArrayList<>();

    public ManualWallClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (!duration.isNegative() && !duration.isZero()) {
            sleeps.add(duration);
            advance(duration);
        }
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        nanos += duration.toNanos();
    }

    /** Every sleep requested so far, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Wall time elapsed since the clock was made. */
    public synchronized Duration elapsed() {
        return Duration.ofNanos(nanos);
    }
}
