package io.cityops.simulators.network;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one network simulation run.
 *
 * @param seed                 random seed: the same seed, catalogue, scripts and start give the same readings
 * @param start                simulated start time; empty = now (wall clock), truncated to the minute
 * @param speedUp              simulated seconds per wall second; in catch-up mode the speed after catching up
 * @param catchUpThenRealTime  from a past start, publish up to the wall clock as fast as possible, then go on
 *                             at {@code speedUp}
 * @param duration             simulated time after which the run ends; empty = until closed
 * @param maxMessagesPerSecond cap on published messages per wall second; 0 = no cap
 * @param randomOutages        random incidents: sites failing (about once a month each) and evening events
 *                             congesting one sub-district (about three days in ten)
 * @param scripts              scripted outages, power cuts, feed stops and congestion events
 */
public record NetworkSimulationConfig(long seed, Optional<Instant> start, double speedUp, boolean catchUpThenRealTime,
                                      Optional<Duration> duration, double maxMessagesPerSecond, boolean randomOutages,
                                      NetworkScripts scripts) {

    public NetworkSimulationConfig {
        Objects.requireNonNull(start, "start");
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speedUp must be positive, got " + speedUp);
        }
        Objects.requireNonNull(duration, "duration");
        if (!(maxMessagesPerSecond >= 0) || Double.isInfinite(maxMessagesPerSecond)) {
            throw new IllegalArgumentException("maxMessagesPerSecond must be a finite number >= 0, got " + maxMessagesPerSecond);
        }
        Objects.requireNonNull(scripts, "scripts");
    }

    /** Seed 42, start now, real time, no end, no rate cap, random outages on, no scripts. */
    public static NetworkSimulationConfig defaults() {
        return new NetworkSimulationConfig(42, Optional.empty(), 1.0, false, Optional.empty(), 0, true, NetworkScripts.NONE);
    }

    public NetworkSimulationConfig withSeed(long value) {
        return new NetworkSimulationConfig(value, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond,
                randomOutages, scripts);
    }

    public NetworkSimulationConfig withStart(Instant value) {
        return new NetworkSimulationConfig(seed, Optional.of(value), speedUp, catchUpThenRealTime, duration,
                maxMessagesPerSecond, randomOutages, scripts);
    }

    public NetworkSimulationConfig withSpeedUp(double value) {
        return new NetworkSimulationConfig(seed, start, value, catchUpThenRealTime, duration, maxMessagesPerSecond,
                randomOutages, scripts);
    }

    public NetworkSimulationConfig withCatchUpThenRealTime(boolean value) {
        return new NetworkSimulationConfig(seed, start, speedUp, value, duration, maxMessagesPerSecond, randomOutages,
                scripts);
    }

    public NetworkSimulationConfig withDuration(Duration value) {
        return new NetworkSimulationConfig(seed, start, speedUp, catchUpThenRealTime, Optional.of(value),
                maxMessagesPerSecond, randomOutages, scripts);
    }

    public NetworkSimulationConfig withMaxMessagesPerSecond(double value) {
        return new NetworkSimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, value, randomOutages,
                scripts);
    }

    public NetworkSimulationConfig withRandomOutages(boolean value) {
        return new NetworkSimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond,
                value, scripts);
    }

    public NetworkSimulationConfig withScripts(NetworkScripts value) {
        return new NetworkSimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond,
                randomOutages, value);
    }
}
