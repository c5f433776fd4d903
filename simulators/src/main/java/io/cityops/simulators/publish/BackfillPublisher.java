package io.cityops.simulators.publish;

import io.cityops.ingest.reading.Reading;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends history one way and live readings the way their devices send them. A simulator catching up
 * with the wall clock plays hours in seconds; if its readings took two paths (say MQTT through the
 * bridge and Kafka directly) a fraction of a second's difference between the paths would become
 * minutes of event time, and the slower path's readings would arrive after the faster one had moved
 * the job's time past them. History therefore goes through one path — the platform's import onto
 * Kafka, as a backfill would in the field — and only readings inside the live window take their own.
 * Closing closes neither publisher: both belong to the caller.
 */
public final class BackfillPublisher implements ReadingPublisher {

    private final ReadingPublisher backfill;
    private final ReadingPublisher live;
    private final Duration liveWindow;
    private final Clock clock;
    private final AtomicLong sent = new AtomicLong();

    /**
     * @param backfill   where readings older than the live window go
     * @param live       where the others go
     * @param liveWindow how far behind the wall clock a reading still counts as live
     */
    public BackfillPublisher(ReadingPublisher backfill, ReadingPublisher live, Duration liveWindow, Clock clock) {
        this.backfill = Objects.requireNonNull(backfill, "backfill");
        this.live = Objects.requireNonNull(live, "live");
        this.liveWindow = Objects.requireNonNull(liveWindow, "liveWindow");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (liveWindow.isNegative()) {
            throw new IllegalArgumentException("liveWindow must not be negative, was " + liveWindow);
        }
    }

    @Override
    public void publish(Reading reading) {
        boolean history = reading.ts().isBefore(clock.instant().minus(liveWindow));
        (history ? backfill : live).publish(reading);
        sent.incrementAndGet();
    }

    @Override
    public void flush() {
        backfill.flush();
        live.flush();
    }

    @Override
    public long sent() {
        return sent.get();
    }

    @Override
    public void close() {
        flush();
    }
}
