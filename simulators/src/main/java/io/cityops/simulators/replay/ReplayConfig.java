package io.cityops.simulators.replay;

import io.cityops.ingest.reading.SensorKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a CSV replay.
 *
 * @param zone                 zone of timestamps written without an offset
 * @param kind                 the kind of the readings in the file
 * @param speedUp              simulated seconds per wall second; 0 = as fast as possible
 * @param shiftTo              move every timestamp by the same amount so the first reading is at this
 *                             instant (e.g. now, to replay last winter as live data); empty = as in the file
 * @param maxMessagesPerSecond cap on messages per wall second; 0 = no cap
 */
public record ReplayConfig(ZoneId zone, SensorKind kind, double speedUp, Optional<Instant> shiftTo, double maxMessagesPerSecond) {

    public ReplayConfig {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(kind, "kind");
        if (!(speedUp >= 0)) {
            throw new IllegalArgumentException("speed-up must be >= 0 (0 = as fast as possible), got " + speedUp);
        }
        Objects.requireNonNull(shiftTo, "shiftTo");
        if (!(maxMessagesPerSecond >= 0) || Double.isInfinite(maxMessagesPerSecond)) {
            throw new IllegalArgumentException("rate must be a finite number >= 0 (0 = no cap), got " + maxMessagesPerSecond);
        }
    }

    /** Air readings, Asia/Shanghai local times, as fast as possible, timestamps as in the file. */
    public static ReplayConfig defaults() {
        return new ReplayConfig(ZoneId.of("Asia/Shanghai"), SensorKind.AIR, 0, Optional.empty(), 0);
    }

    public ReplayConfig withZone(ZoneId value) {
        return new ReplayConfig(value, kind, speedUp, shiftTo, maxMessagesPerSecond);
    }

    public ReplayConfig withSpeedUp(double value) {
        return new ReplayConfig(zone, kind, value, shiftTo, maxMessagesPerSecond);
    }

    public ReplayConfig withShiftTo(Instant value) {
        return new ReplayConfig(zone, kind, speedUp, Optional.of(value), maxMessagesPerSecond);
    }

    public ReplayConfig withMaxMessagesPerSecond(double value) {
        return new ReplayConfig(zone, kind, speedUp, shiftTo, value);
    }
}
