package io.cityops.simulators.network;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.publish.ReadingPublisher;
import io.cityops.simulators.time.SimulatedClock;
import io.cityops.simulators.time.SimulationLoop;
import io.cityops.simulators.time.Throttle;
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
 * A running network simulation on its own thread: the seeded readings of every site and cell (what),
 * paced by a simulated clock and an optional rate cap (how fast), handed to a publisher (where to).
 * {@link #close()} stops it and flushes the publisher; the publisher belongs to the caller.
 */
public final class NetworkSimulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkSimulation.class);
    private static final long JOIN_TIMEOUT_MILLIS = 30_000;

    private final ReadingPublisher publisher;
    private final SimulationLoop<Reading> loop;
    private final Instant start;
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Throwable failure;

    private NetworkSimulation(NetworkSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher, WallClock wall) {
        this.publisher = publisher;
        this.start = config.start().orElseGet(() -> SimulatedClock.nowTruncatedToMinute(wall));
        NetworkModel model = new NetworkModel(catalogue, config.seed(), config.scripts(), config.randomOutages());
        Duration meterInterval = catalogue.network().sites().isEmpty() ? Duration.ofMinutes(5)
                : Duration.ofSeconds(catalogue.sensor(catalogue.network().sites().get(0).powerMeter())
                        .orElseThrow().reportingIntervalSeconds());
        NetworkReadingSupplier source = new NetworkReadingSupplier(model, meterInterval, start);
        SimulatedClock clock = config.catchUpThenRealTime()
                ? SimulatedClock.catchUpThenRealTime(start, config.speedUp(), config.duration(), wall)
                : SimulatedClock.of(start, config.speedUp(), config.duration(), wall);
        this.loop = new SimulationLoop<>(source, clock, Throttle.perSecond(config.maxMessagesPerSecond(), wall),
                publisher::publish);
        this.thread = new Thread(this::run, "network-simulation");
        this.thread.setDaemon(true);
        LOG.info("Network simulation: {} sites, seed {}, start {}, speed-up {}{}, random outages {}, scripts {}",
                model.sites().size(), config.seed(), start, config.speedUp(),
                config.catchUpThenRealTime() ? " after catching up" : "", config.randomOutages(), config.scripts());
    }

    public static NetworkSimulation start(NetworkSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher) {
        return start(config, catalogue, publisher, WallClock.system());
    }

    public static NetworkSimulation start(NetworkSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher,
                                          WallClock wall) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(publisher, "publisher");
        NetworkSimulation simulation = new NetworkSimulation(config, catalogue, publisher, Objects.requireNonNull(wall));
        simulation.thread.start();
        return simulation;
    }

    private void run() {
        try {
            long handed = loop.run();
            publisher.flush();
            LOG.info("Network simulation finished: {} readings published", handed);
        } catch (InterruptedException e) {
            LOG.info("Network simulation stopped after {} readings", loop.handed());
        } catch (RuntimeException | Error e) {
            if (stopping) {
                LOG.info("Network simulation stopped after {} readings ({})", loop.handed(), e.toString());
            } else {
                failure = e;
                LOG.error("Network simulation failed after {} readings", loop.handed(), e);
            }
        } finally {
            finished.countDown();
        }
    }

    public long sent() {
        return loop.handed();
    }

    public Instant start() {
        return start;
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
            throw new IllegalStateException("the network simulation failed: " + failed.getMessage(), failed);
        }
        publisher.flush();
    }
}
