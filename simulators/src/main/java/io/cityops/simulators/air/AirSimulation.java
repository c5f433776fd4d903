package io.cityops.simulators.air;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.fault.FaultCounts;
import io.cityops.simulators.fault.FaultInjector;
import io.cityops.simulators.fault.InvalidReadingInjector;
import io.cityops.simulators.publish.ReadingPublisher;
import io.cityops.simulators.time.SimulatedClock;
import io.cityops.simulators.time.SimulationLoop;
import io.cityops.simulators.time.Throttle;
import io.cityops.simulators.time.TimedSource;
import io.cityops.simulators.time.WallClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running air-quality simulation on its own thread: the seeded readings of every air station
 * (what), paced by a simulated clock and an optional rate cap (how fast), handed to a publisher
 * (where to). {@link #close()} stops it, waits for the thread and flushes the publisher; the
 * publisher itself belongs to the caller, who closes it.
 */
public final class AirSimulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AirSimulation.class);
    private static final long JOIN_TIMEOUT_MILLIS = 30_000;

    private final ReadingPublisher publisher;
    private final SimulationLoop<Reading> loop;
    private final FaultInjector faults;
    private final InvalidReadingInjector invalid;
    private final Instant start;
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Throwable failure;

    private AirSimulation(AirSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher, WallClock wall) {
        this.publisher = publisher;
        this.start = config.start().orElseGet(() -> SimulatedClock.nowTruncatedToMinute(wall));
        AirQualityModel model = new AirQualityModel(catalogue, config.seed(), config.episodes());
        TimedSource<Reading> source = model.readings(start);
        this.faults = config.faults().anyEnabled() ? new FaultInjector(source, config.faults(), config.seed(), catalogue) : null;
        if (faults != null) {
            source = faults;
        }
        this.invalid = config.invalidRate() > 0 ? new InvalidReadingInjector(source, config.invalidRate(), config.seed()) : null;
        if (invalid != null) {
            source = invalid;
        }
        SimulatedClock clock = config.catchUpThenRealTime()
                ? SimulatedClock.catchUpThenRealTime(start, config.speedUp(), config.duration(), wall)
                : SimulatedClock.of(start, config.speedUp(), config.duration(), wall);
        Throttle throttle = Throttle.perSecond(config.maxMessagesPerSecond(), wall);
        this.loop = new SimulationLoop<>(source, clock, throttle, publisher::publish);
        this.thread = new Thread(this::run, "air-simulation");
        this.thread.setDaemon(true);
        LOG.info("Air simulation: {} stations, seed {}, start {}, speed-up {}{}, duration {}, faults {}, invalid rate {}, episodes {}",
                model.stations().size(), config.seed(), start, config.speedUp(),
                config.catchUpThenRealTime() ? " after catching up" : "",
                config.duration().map(Duration::toString).orElse("unbounded"),
                config.faults().anyEnabled() ? config.faults() : "off", config.invalidRate(), config.episodes());
    }

    /** Starts a simulation against the machine's clock. */
    public static AirSimulation start(AirSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher) {
        return start(config, catalogue, publisher, WallClock.system());
    }

    /** Starts a simulation against the given wall clock (tests pass a manual one). */
    public static AirSimulation start(AirSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher, WallClock wall) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(wall, "wall");
        AirSimulation simulation = new AirSimulation(config, catalogue, publisher, wall);
        simulation.thread.start();
        return simulation;
    }

    private void run() {
        try {
            long handed = loop.run();
            publisher.flush();
            LOG.info("Air simulation finished: {} readings published", handed);
        } catch (InterruptedException e) {
            LOG.info("Air simulation stopped after {} readings", loop.handed());
        } catch (RuntimeException | Error e) {
            if (stopping) {
                LOG.info("Air simulation stopped after {} readings ({})", loop.handed(), e.toString());
            } else {
                failure = e;
                LOG.error("Air simulation failed after {} readings", loop.handed(), e);
            }
        } finally {
            finished.countDown();
        }
    }

    /** Readings handed to the publisher so far (invalid ones and duplicates included). */
    public long sent() {
        return loop.handed();
    }

    /** The simulated start time in use. */
    public Instant start() {
        return start;
    }

    /** What the faults did so far; empty when faults are off. */
    public Optional<FaultCounts> faultCounts() {
        return Optional.ofNullable(faults).map(FaultInjector::counts);
    }

    /** Invalid readings added so far. */
    public long invalidInjected() {
        return invalid == null ? 0 : invalid.injected();
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
            LOG.warn("Air simulation thread did not stop within {} ms", JOIN_TIMEOUT_MILLIS);
        }
        Throwable failed = failure;
        if (failed != null) {
            throw new IllegalStateException("the air simulation failed: " + failed.getMessage(), failed);
        }
        publisher.flush();
    }
}
