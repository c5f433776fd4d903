package io.cityops.simulators.energy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.fault.FaultInjector;
import io.cityops.simulators.publish.PublishingRun;
import io.cityops.simulators.publish.ReadingPublisher;
import io.cityops.simulators.time.SimulatedClock;
import io.cityops.simulators.time.Throttle;
import io.cityops.simulators.time.TimedSource;
import io.cityops.simulators.time.WallClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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

    private final EnergyReadingSupplier supplier;
    private final PublishingRun run;

    private EnergySimulation(EnergySimulationConfig config, Catalogue catalogue, ReadingPublisher publisher, WallClock wall) {
        Instant start = config.start().orElseGet(() -> SimulatedClock.nowTruncatedToMinute(wall));
        this.supplier = new EnergyReadingSupplier(catalogue, config.seed(), start, config.swapsPerYear(), config.gapsPerYear());
        TimedSource<Reading> source = config.faults().anyEnabled()
                ? new FaultInjector(supplier, config.faults(), config.seed(), catalogue) : supplier;
        SimulatedClock clock = SimulatedClock.of(start, config.speedUp(), config.duration(), config.catchUpThenRealTime(), wall);
        LOG.info("Energy simulation: {} meters, seed {}, start {}, speed-up {}{}, faults {}", catalogue.energy().meters().size(),
                config.seed(), start, config.speedUp(), config.catchUpThenRealTime() ? " after catching up" : "", config.faults());
        this.run = PublishingRun.start(LOG, "energy", source, clock, Throttle.perSecond(config.maxMessagesPerSecond(), wall),
                publisher, () -> ", " + supplier.swaps() + " meter swaps, " + supplier.gaps() + " gaps");
    }

    public static EnergySimulation start(EnergySimulationConfig config, Catalogue catalogue, ReadingPublisher publisher) {
        return start(config, catalogue, publisher, WallClock.system());
    }

    public static EnergySimulation start(EnergySimulationConfig config, Catalogue catalogue, ReadingPublisher publisher,
                                         WallClock wall) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(publisher, "publisher");
        return new EnergySimulation(config, catalogue, publisher, Objects.requireNonNull(wall, "wall"));
    }

    public long sent() {
        return run.sent();
    }

    public boolean isRunning() {
        return run.isRunning();
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
