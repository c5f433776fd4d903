package io.cityops.simulators.energy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.fault.FaultInjector;
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
 * A running energy simulation on its own thread: every meter's seeded counters (what), paced by a
 * simulated clock and an optional rate cap (how fast), handed to a publisher (where to; see
 * {@link MeterRoutingPublisher} for the two ways in). {@link #close()} stops it and flushes the
 * publisher, which belongs to the caller.
 */
public final class EnergySimulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnergySimulation.class);
    private static final long JOIN_TIMEOUT_MILLIS = 30_000;

    private final ReadingPublisher publisher;
    private final EnergyReadingSupplier supplier;
    private final SimulationLoop<Reading> loop;
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Throwable failure;

    private EnergySimulation(EnergySimulationConfig config, Catalogue catalogue, ReadingPublisher publisher, WallClock wall) {
        this.publisher = publisher;
        Instant start = config.start().orElseGet(() -> SimulatedClock.nowTruncatedToMinute(wall));
        this.supplier = new EnergyReadingSupplier(catalogue, config.seed(), start, config.swapsPerYear(), config.gapsPerYear());
        TimedSource<Reading> source = config.faults().anyEnabled()
                ? new FaultInjector(supplier, config.faults(), config.seed(), catalogue) : supplier;
        SimulatedClock clock = config.catchUpThenRealTime()
                ? SimulatedClock.catchUpThenRealTime(start, config.speedUp(), config.duration(), wall)
                : SimulatedClock.of(start, config.speedUp(), config.duration(), wall);
        this.loop = new SimulationLoop<>(source, clock, Throttle.perSecond(config.maxMessagesPerSecond(), wall), publisher::publish);
        this.thread = new Thread(this::run, "energy-simulation");
        this.thread.setDaemon(true);
        LOG.info("Energy simulation: {} meters, seed {}, start {}, speed-up {}{}, faults {}", catalogue.energy().meters().size(),
                config.seed(), start, config.speedUp(), config.catchUpThenRealTime() ? " after catching up" : "", config.faults());
    }

    public static EnergySimulation start(EnergySimulationConfig config, Catalogue catalogue, ReadingPublisher publisher) {
        return start(config, catalogue, publisher, WallClock.system());
    }

    public static EnergySimulation start(EnergySimulationConfig config, Catalogue catalogue, ReadingPublisher publisher,
                                         WallClock wall) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(publisher, "publisher");
        EnergySimulation simulation = new EnergySimulation(config, catalogue, publisher, Objects.requireNonNull(wall, "wall"));
        simulation.thread.start();
        return simulation;
    }

    private void run() {
        try {
            long handed = loop.run();
            publisher.flush();
            LOG.info("Energy simulation finished: {} readings, {} meter swaps, {} gaps", handed, supplier.swaps(), supplier.gaps());
        } catch (InterruptedException e) {
            LOG.info("Energy simulation stopped after {} readings", loop.handed());
        } catch (RuntimeException | Error e) {
            if (stopping) {
                LOG.info("Energy simulation stopped after {} readings ({})", loop.handed(), e.toString());
            } else {
                failure = e;
                LOG.error("Energy simulation failed after {} readings", loop.handed(), e);
            }
        } finally {
            finished.countDown();
        }
    }

    public long sent() {
        return loop.handed();
    }

    public boolean isRunning() {
        return finished.getCount() > 0;
    }

    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(JOIN_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Throwable failed = failure;
        if (failed != null) {
            throw new IllegalStateException("the energy simulation failed: " + failed.getMessage(), failed);
        }
        publisher.flush();
    }
}
