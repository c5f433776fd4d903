package io.cityops.simulators.air;

import io.cityops.simulators.fault.FaultConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one air-quality simulation run.
 *
 * @param seed                 random seed: the same seed, catalogue and start give the same readings
 * @param start                simulated start time; empty = now (wall clock), truncated to the minute
 * @param speedUp              simulated seconds per wall second (60 = one hour a minute);
 *                             {@code Double.POSITIVE_INFINITY} = as fast as the publisher allows.
 *                             In catch-up mode, the speed after catching up.
 * @param catchUpThenRealTime  from a past start, publish up to the wall clock as fast as possible,
 *                             then continue at {@code speedUp}
 * @param duration             simulated time after which the run ends; empty = until closed
 * @param maxMessagesPerSecond cap on published messages per wall second; 0 = no cap
 * @param faults               sensor and delivery faults
 * @param invalidRate          share of readings followed by a clearly invalid one (0 = none)
 * @param episodes             forced heavy-pollution episodes
 */
public record AirSimulationConfig(
        long seed,
        Optional<Instant> start,
        double speedUp,
        boolean catchUpThenRealTime,
        Optional<Duration> duration,
        double maxMessagesPerSecond,
        FaultConfig faults,
        double invalidRate,
        List<EpisodeScript> episodes) {

    public static final long DEFAULT_SEED = 42;

    public AirSimulationConfig {
        Objects.requireNonNull(start, "start");
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speedUp must be positive (simulated seconds per wall second), got " + speedUp);
        }
        Objects.requireNonNull(duration, "duration");
        duration.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("duration must be positive, got " + d);
            }
        });
        if (!(maxMessagesPerSecond >= 0) || Double.isInfinite(maxMessagesPerSecond)) {
            throw new IllegalArgumentException("maxMessagesPerSecond must be a finite number >= 0 (0 = no cap), got " + maxMessagesPerSecond);
        }
        Objects.requireNonNull(faults, "faults");
        if (!(invalidRate >= 0 && invalidRate <= 1)) {
            throw new IllegalArgumentException("invalidRate must be in [0, 1], got " + invalidRate);
        }
        episodes = List.copyOf(episodes);
    }

    /** Seed 42, start now, real time, no end, no rate cap, default faults, no invalid readings, no episodes. */
    public static AirSimulationConfig defaults() {
        return new AirSimulationConfig(DEFAULT_SEED, Optional.empty(), 1.0, false, Optional.empty(), 0,
                FaultConfig.defaults(), 0, List.of());
    }

    public AirSimulationConfig withSeed(long value) {
        return new AirSimulationConfig(value, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond, faults, invalidRate, episodes);
    }

    public AirSimulationConfig withStart(Instant value) {
        return new AirSimulationConfig(seed, Optional.of(value), speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond, faults, invalidRate, episodes);
    }

    public AirSimulationConfig withSpeedUp(double value) {
        return new AirSimulationConfig(seed, start, value, catchUpThenRealTime, duration, maxMessagesPerSecond, faults, invalidRate, episodes);
    }

    /** As fast as the publisher allows. */
    public AirSimulationConfig asFastAsPossible() {
        return withSpeedUp(Double.POSITIVE_INFINITY);
    }

    /** Catch up from a past start as fast as possible, then run at {@link #speedUp()}. */
    public AirSimulationConfig withCatchUpThenRealTime(boolean value) {
        return new AirSimulationConfig(seed, start, speedUp, value, duration, maxMessagesPerSecond, faults, invalidRate, episodes);
    }

    public AirSimulationConfig withDuration(Duration value) {
        return new AirSimulationConfig(seed, start, speedUp, catchUpThenRealTime, Optional.of(value), maxMessagesPerSecond, faults, invalidRate, episodes);
    }

    public AirSimulationConfig withMaxMessagesPerSecond(double value) {
        return new AirSimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, value, faults, invalidRate, episodes);
    }

    public AirSimulationConfig withFaults(FaultConfig value) {
        return new AirSimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond, value, invalidRate, episodes);
    }

    public AirSimulationConfig withInvalidRate(double value) {
        return new AirSimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond, faults, value, episodes);
    }

    public AirSimulationConfig withEpisodes(List<EpisodeScript> value) {
        return new AirSimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond, faults, invalidRate, value);
    }
}
