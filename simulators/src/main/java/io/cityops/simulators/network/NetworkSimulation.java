package io.cityops.simulators.network;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.simulators.publish.PublishingRun;
import io.cityops.simulators.publish.ReadingPublisher;
import io.cityops.simulators.time.SimulatedClock;
import io.cityops.simulators.time.Throttle;
import io.cityops.simulators.time.WallClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running network simulation on its own thread: the seeded readings of every site and cell (what),
 * paced by a simulated clock and an optional rate cap (how fast), handed to a publisher (where to).
 * {@link #close()} stops it and flushes the publisher; the publisher belongs to the caller.
 */
public final class NetworkSimulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkSimulation.class);

    private final PublishingRun run;
    private final Instant start;

    private NetworkSimulation(NetworkSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher, WallClock wall) {
        this.start = config.start().orElseGet(() -> SimulatedClock.nowTruncatedToMinute(wall));
        NetworkModel model = new NetworkModel(catalogue, config.seed(), config.scripts(), config.randomOutages());
        Duration meterInterval = catalogue.network().sites().isEmpty() ? Duration.ofMinutes(5)
                : Duration.ofSeconds(catalogue.sensor(catalogue.network().sites().get(0).powerMeter())
                        .orElseThrow().reportingIntervalSeconds());
        NetworkReadingSupplier source = new NetworkReadingSupplier(model, meterInterval, start);
        SimulatedClock clock = SimulatedClock.of(start, config.speedUp(), config.duration(), config.catchUpThenRealTime(), wall);
        LOG.info("Network simulation: {} sites, seed {}, start {}, speed-up {}{}, random outages {}, scripts {}",
                model.sites().size(), config.seed(), start, config.speedUp(),
                config.catchUpThenRealTime() ? " after catching up" : "", config.randomOutages(), config.scripts());
        this.run = PublishingRun.start(LOG, "network", source, clock, Throttle.perSecond(config.maxMessagesPerSecond(), wall),
                publisher, () -> "");
    }

    public static NetworkSimulation start(NetworkSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher) {
        return start(config, catalogue, publisher, WallClock.system());
    }

    public static NetworkSimulation start(NetworkSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher,
                                          WallClock wall) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(publisher, "publisher");
        return new NetworkSimulation(config, catalogue, publisher, Objects.requireNonNull(wall));
    }

    public long sent() {
        return run.sent();
    }

    public Instant start() {
        return start;
    }

    public Optional<Throwable> failure() {
        return run.failure();
    }

    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return run.awaitCompletion(timeout);
    }

    @Override
    public void close() {
        run.close();
    }
}
