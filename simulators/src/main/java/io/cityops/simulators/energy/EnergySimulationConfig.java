package io.cityops.simulators.energy;

import io.cityops.simulators.fault.FaultConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one energy simulation run.
 *
 * @param seed                 random seed: the same seed, catalogue and start give the same readings
 * @param start                simulated start; empty = now (wall clock), truncated to the minute
 * @param speedUp              simulated seconds per wall second (after catching up, in catch-up mode)
 * @param catchUpThenRealTime  from a past start, publish up to the wall clock as fast as possible, then at {@code speedUp}
 * @param duration             simulated time after which the run ends; empty = until closed
 * @param maxMessagesPerSecond cap on published messages per wall second; 0 = no cap
 * @param faults               delivery faults (duplicates, late and out-of-order readings) and spikes (implausible jumps)
 * @param swapsPerYear         meter swaps per meter and year
 * @param gapsPerYear          reporting gaps of 1–6 hours per meter and year
 */
public record EnergySimulationConfig(long seed, Optional<Instant> start, double speedUp, boolean catchUpThenRealTime,
                                     Optional<Duration> duration, double maxMessagesPerSecond, FaultConfig faults,
                                     double swapsPerYear, double gapsPerYear) {

    public EnergySimulationConfig {
        Objects.requireNonNull(start, "start");
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speedUp must be positive, got " + speedUp);
        }
        Objects.requireNonNull(duration, "duration");
        if (!(maxMessagesPerSecond >= 0) || Double.isInfinite(maxMessagesPerSecond)) {
            throw new IllegalArgumentException("maxMessagesPerSecond must be a finite number >= 0, got " + maxMessagesPerSecond);
        }
        Objects.requireNonNull(faults, "faults");
        if (!(swapsPerYear >= 0) || !(gapsPerYear >= 0)) {
            throw new IllegalArgumentException("swapsPerYear and gapsPerYear must be >= 0");
        }
    }

    /**
     * Seed 42, start now, real time, no end, no rate cap; per meter and year 12 swaps and 50 gaps (so a
     * day of the default catalogue's 40 meters shows a few); a few duplicates, late and out-of-order
     * readings and the odd spike.
     */
    public static EnergySimulationConfig defaults() {
        return new EnergySimulationConfig(42, Optional.empty(), 1.0, false, Optional.empty(), 0,
                FaultConfig.none().withDuplicate(0.002).withLate(0.001).withOutOfOrder(0.001).withSpike(0.0005), 12, 50);
    }

    public EnergySimulationConfig withSeed(long value) {
        return new EnergySimulationConfig(value, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond, faults,
                swapsPerYear, gapsPerYear);
    }

    public EnergySimulationConfig withStart(Instant value) {
        return new EnergySimulationConfig(seed, Optional.of(value), speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond,
                faults, swapsPerYear, gapsPerYear);
    }

    public EnergySimulationConfig withSpeedUp(double value) {
        return new EnergySimulationConfig(seed, start, value, catchUpThenRealTime, duration, maxMessagesPerSecond, faults,
                swapsPerYear, gapsPerYear);
    }

    public EnergySimulationConfig withCatchUpThenRealTime(boolean value) {
        return new EnergySimulationConfig(seed, start, speedUp, value, duration, maxMessagesPerSecond, faults, swapsPerYear,
                gapsPerYear);
    }

    public EnergySimulationConfig withDuration(Duration value) {
        return new EnergySimulationConfig(seed, start, speedUp, catchUpThenRealTime, Optional.of(value), maxMessagesPerSecond,
                faults, swapsPerYear, gapsPerYear);
    }

    public EnergySimulationConfig withMaxMessagesPerSecond(double value) {
        return new EnergySimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, value, faults, swapsPerYear,
                gapsPerYear);
    }

    public EnergySimulationConfig withFaults(FaultConfig value) {
        return new EnergySimulationConfig(seed, start, speedUp, catchUpThenRealTime, duration, maxMessagesPerSecond, value,
                swapsPerYear, gapsPerYear);
    }
}
