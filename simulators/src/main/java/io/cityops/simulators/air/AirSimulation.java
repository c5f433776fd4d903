package io.cityops.simulators.air;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.fault.FaultCounts;
import io.cityops.simulators.fault.FaultInjector;
import io.cityops.simulators.fault.InvalidReadingInjector;
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
 * A running air-quality simulation on its own thread: the seeded readings of every air station
 * (what), paced by a simulated clock and an optional rate cap (how fast), handed to a publisher
 * (where to). {@link #close()} stops it, waits for the thread and flushes the publisher; the
 * publisher itself belongs to the caller, who closes it.
 */
public final class AirSimulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AirSimulation.class);

    private final PublishingRun run;
    private final FaultInjector faults;
    private final InvalidReadingInjector invalid;
    private final Instant start;

    private AirSimulation(AirSimulationConfig config, Catalogue catalogue, ReadingPublisher publisher, WallClock wall) {
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
        SimulatedClock clock = SimulatedClock.of(start, config.speedUp(), config.duration(), config.catchUpThenRealTime(), wall);
        Throttle throttle = Throttle.perSecond(config.maxMessagesPerSecond(), wall);
        LOG.info("Air simulation: {} stations, seed {}, start {}, speed-up {}{}, duration {}, faults {}, invalid rate {}, episodes {}",
                model.stations().size(), config.seed(), start, config.speedUp(),
                config.catchUpThenRealTime() ? " after catching up" : "",
                config.duration().map(Duration::toString).orElse("unbounded"),
                config.faults().anyEnabled() ? config.faults() : "off", config.invalidRate(), config.episodes());
        this.run = PublishingRun.start(LOG, "air", source, clock, throttle, publisher, () -> "");
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
        return new AirSimulation(config, catalogue, publisher, wall);
    }

    /** Readings handed to the publisher so far (invalid ones and duplicates included). */
    public long sent() {
        return run.sent();
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
        return run.isRunning();
    }

    /** The failure that ended the run, if it did not end normally. */
    public Optional<Throwable> failure() {
        return run.failure();
    }

    /** Waits for a run with a duration to finish; true when it did within the timeout. */
    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return run.awaitCompletion(timeout);
    }

    /**
     * Stops the run, waits for its thread and flushes the publisher.
     *
     * @throws IllegalStateException when the run had failed (the cause is the failure)
     */
    @Override
    public void close() {
        run.close();
    }
}
