package io.cityops.simulators.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The machine's clock; sleeping is interruptible, which is how a running simulation is stopped. */
final class SystemWallClock implements WallClock {

    static final SystemWallClock INSTANCE = new SystemWallClock();

    private SystemWallClock() {
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long nanos = duration.toNanos();
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }
}
