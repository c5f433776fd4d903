package io.cityops.simulators.publish;

import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.time.SimulatedClock;
import io.cityops.simulators.time.SimulationLoop;
import io.cityops.simulators.time.Throttle;
import io.cityops.simulators.time.TimedSource;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * A simulation's readings handed to a publisher by a {@link SimulationLoop} on a daemon thread of
 * its own: what every simulation does once it knows its readings, clock and rate cap.
 * {@link #close()} stops the run, waits for its thread and flushes the publisher; the publisher
 * itself belongs to the caller, who closes it.
 */
public final class PublishingRun implements AutoCloseable {

    private static final long JOIN_TIMEOUT_MILLIS = 30_000;

    private final Logger log;
    private final String name;
    private final ReadingPublisher publisher;
    private final SimulationLoop<Reading> loop;
    private final Supplier<String> summary;
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Throwable failure;

    /**
     * @param log       the simulation's own logger
     * @param name      the simulation's name in log lines and errors, for instance {@code "air"}; its
     *                  thread is {@code <name>-simulation}
     * @param summary   what to add to the line that says the run finished, for instance
     *                  {@code ", 3 meter swaps"}; empty for nothing
     */
    private PublishingRun(Logger log, String name, TimedSource<? extends Reading> source, SimulatedClock clock, Throttle throttle,
                          ReadingPublisher publisher, Supplier<String> summary) {
        this.log = Objects.requireNonNull(log, "log");
        this.name = Objects.requireNonNull(name, "name");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.loop = new SimulationLoop<>(source, clock, throttle, publisher::publish);
        this.thread = new Thread(this::run, name + "-simulation");
        this.thread.setDaemon(true);
    }

    /** Starts the run on its thread. */
    public static PublishingRun start(Logger log, String name, TimedSource<? extends Reading> source, SimulatedClock clock,
                                      Throttle throttle, ReadingPublisher publisher, Supplier<String> summary) {
        PublishingRun run = new PublishingRun(log, name, source, clock, throttle, publisher, summary);
        run.thread.start();
        return run;
    }

    private void run() {
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " simulation";
        try {
            long handed = loop.run();
            publisher.flush();
            log.info("{} finished: {} readings published{}", title, handed, summary.get());
        } catch (InterruptedException e) {
            log.info("{} stopped after {} readings", title, loop.handed());
        } catch (RuntimeException | Error e) {
            if (stopping) {
                log.info("{} stopped after {} readings ({})", title, loop.handed(), e.toString());
            } else {
                failure = e;
                log.error("{} failed after {} readings", title, loop.handed(), e);
            }
        } finally {
            finished.countDown();
        }
    }

    /** Readings handed to the publisher so far (invalid ones and duplicates included). */
    public long sent() {
        return loop.handed();
    }

    public boolean isRunning() {
        return finished.getCount() > 0;
    }

    /** The failure that ended the run, if it did not end normally. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Waits for a run with a duration to finish; true when it did within the timeout. */
    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the run, waits for its thread and flushes the publisher.
     *
     * @throws IllegalStateException when the run had failed (the cause is the failure)
     */
    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(JOIN_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("{} simulation thread did not stop within {} ms", name, JOIN_TIMEOUT_MILLIS);
        }
        Throwable failed = failure;
        if (failed != null) {
            throw new IllegalStateException("the " + name + " simulation failed: " + failed.getMessage(), failed);
        }
        publisher.flush();
    }
}
