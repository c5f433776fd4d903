package io.cityops.simulators.time;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The "how fast" part of a simulation: hands every item whose due time has come (simulated time
 * ≤ clock now) to the sink, then waits for the next one, until the source is exhausted, the clock's
 * duration is over or the thread is interrupted. What to produce is the source's business, where
 * to send it the sink's.
 *
 * @param <T> the item type
 */
public final class SimulationLoop<T> {

    private final TimedSource<? extends T> source;
    private final SimulatedClock clock;
    private final Throttle throttle;
    private final Consumer<? super T> sink;
    private volatile long handed;

    public SimulationLoop(TimedSource<? extends T> source, SimulatedClock clock, Throttle throttle, Consumer<? super T> sink) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Runs to the end.
     *
     * @return how many items were handed to the sink
     * @throws InterruptedException when the thread was interrupted (the way to stop a live run)
     */
    public long run() throws InterruptedException {
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("simulation stopped");
            }
            Optional<Instant> due = source.nextDue();
            if (due.isEmpty() || clock.isOver(due.get())) {
                return handed;
            }
            clock.awaitUntil(due.get());
            throttle.acquire();
            sink.accept(source.next());
            handed++;
        }
    }

    /** Items handed to the sink so far; safe to read from another thread. */
    public long handed() {
        return handed;
    }
}
