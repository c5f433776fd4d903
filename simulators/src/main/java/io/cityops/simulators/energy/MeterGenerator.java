package io.cityops.simulators.energy;

import io.cityops.ingest.catalogue.EnergyEntity;
import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.simulators.Seeds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One meter's readings: a cumulative counter advanced by the entity's load shape at each reporting
 * interval, with the meter's own seeded noise, an occasional swap (the new meter starts at zero) and
 * an occasional gap (the meter keeps counting but reports nothing for one to six hours).
 */
final class MeterGenerator {

    private static final double HOURS_PER_YEAR = 8760;

    private final EnergyMeter meter;
    private final EnergyEntity entity;
    private final ZoneId zone;
    private final Duration interval;
    private final double swapChance;
    private final double gapChance;
    private final SplittableRandom random;
    private BigDecimal counter;
    private Instant nextTs;
    private long seq;
    private long swaps;
    private long gaps;

    MeterGenerator(EnergyMeter meter, EnergyEntity entity, int intervalSeconds, ZoneId zone, long seed, Instant start,
                   double swapsPerYear, double gapsPerYear) {
        this.meter = meter;
        this.entity = entity;
        this.zone = zone;
        this.interval = Duration.ofSeconds(intervalSeconds);
        double intervalHours = intervalSeconds / 3600.0;
        this.swapChance = swapsPerYear * intervalHours / HOURS_PER_YEAR;
        this.gapChance = gapsPerYear * intervalHours / HOURS_PER_YEAR;
        this.random = Seeds.random(seed, "energy", meter.id());
        this.counter = BigDecimal.valueOf(100_000 + random.nextInt(900_000)).setScale(2, RoundingMode.UNNECESSARY);
        long step = interval.toMillis();
        this.nextTs = Instant.ofEpochMilli(Math.floorDiv(start.toEpochMilli() + step - 1, step) * step);
    }

    String meterId() {
        return meter.id();
    }

    Instant nextTs() {
        return nextTs;
    }

    long swaps() {
        return swaps;
    }

    long gaps() {
        return gaps;
    }

    /** The reading due at {@link #nextTs()}; then moves on to the next one to publish. */
    Reading next() {
        Reading reading = new Reading(meter.id(), SensorKind.ENERGY, nextTs, ++seq, Map.of(meter.counterKey(), counter.doubleValue()));
        advance();
        if (random.nextDouble() < gapChance) {
            gaps++;
            long hours = 1 + random.nextInt(6);
            for (long i = 0, n = Duration.ofHours(hours).dividedBy(interval); i < n; i++) {
                advance();
            }
        }
        return reading;
    }

    private void advance() {
        if (random.nextDouble() < swapChance) {
            swaps++;
            counter = BigDecimal.ZERO.setScale(2);
        }
        LocalDateTime middle = LocalDateTime.ofInstant(nextTs.plus(interval.dividedBy(2)), zone);
        double perHour = LoadShapes.share(entity.type(), entity.sector(), meter.carrier(), middle) * meter.maxPerHour().doubleValue();
        double noise = 0.95 + 0.1 * random.nextDouble();
        double amount = perHour * noise * interval.toMillis() / 3_600_000.0;
        counter = counter.add(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
        nextTs = nextTs.plus(interval);
    }
}
