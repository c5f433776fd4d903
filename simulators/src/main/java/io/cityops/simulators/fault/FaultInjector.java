package io.cityops.simulators.fault;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ValueLimits;
import io.cityops.simulators.Seeds;
import io.cityops.simulators.time.TimedSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Puts the faults of real sensor networks into a time-ordered stream of readings (see
 * {@link FaultConfig}). Value faults (stuck, spike) change a reading; delivery faults (drop-out,
 * duplicate, late, out-of-order) change whether and when it is due. Every fault keeps the reading
 * well-formed. Each sensor draws from its own stream (seed + sensor id), so the faults are as
 * reproducible as the readings, and the readings themselves do not change when faults are switched
 * on or off.
 */
public final class FaultInjector implements TimedSource<Reading> {

    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    private final TimedSource<Reading> upstream;
    private final FaultConfig config;
    private final long seed;
    private final Map<String, Duration> intervals = new HashMap<>();
    private final Map<String, SensorFaults> sensors = new HashMap<>();
    private final PriorityQueue<Delivery> pending = new PriorityQueue<>(
            Comparator.comparing(Delivery::due).thenComparingLong(Delivery::order));
    private long order;
    private long stuck;
    private long spiked;
    private long dropped;
    private long duplicated;
    private long late;
    private long outOfOrder;

    /**
     * @param upstream  readings in time order, due at their timestamps
     * @param catalogue for the sensors' reporting intervals (how far "out of order" reaches)
     */
    public FaultInjector(TimedSource<Reading> upstream, FaultConfig config, long seed, Catalogue catalogue) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.config = Objects.requireNonNull(config, "config");
        this.seed = seed;
        for (Sensor s : catalogue.sensors()) {
            if (s.reportingIntervalSeconds() > 0) {
                intervals.put(s.id(), Duration.ofSeconds(s.reportingIntervalSeconds()));
            }
        }
    }

    @Override
    public Optional<Instant> nextDue() {
        // A pending delivery can go out once no upstream reading could be due before it: delays are
        // never negative, so everything upstream is due no earlier than upstream's next due time.
        while (true) {
            Optional<Instant> upstreamDue = upstream.nextDue();
            if (upstreamDue.isEmpty()) {
                break;
            }
            Delivery first = pending.peek();
            if (first != null && first.due().isBefore(upstreamDue.get())) {
                break;
            }
            process(upstream.next());
        }
        Delivery first = pending.peek();
        return first == null ? Optional.empty() : Optional.of(first.due());
    }

    @Override
    public Reading next() {
        if (nextDue().isEmpty()) {
            throw new NoSuchElementException("no more readings");
        }
        return pending.poll().reading();
    }

    public synchronized FaultCounts counts() {
        return new FaultCounts(stuck, spiked, dropped, duplicated, late, outOfOrder);
    }

    private synchronized void process(Reading reading) {
        SensorFaults f = sensors.computeIfAbsent(reading.sensorId(),
                id -> new SensorFaults(Seeds.random(seed, "faults", id)));
        SplittableRandom random = f.random;
        Instant ts = reading.ts();

        if (f.silentUntil != null && ts.isBefore(f.silentUntil)) {
            dropped++;
            return;
        }
        f.silentUntil = null;
        if (chance(random, config.dropout())) {
            f.silentUntil = ts.plusSeconds(600 + random.nextInt(6600));
            dropped++;
            return;
        }

        if (f.stuckUntil != null && ts.isBefore(f.stuckUntil)) {
            reading = new Reading(reading.sensorId(), reading.kind(), ts, reading.seq(), f.stuckValues);
            stuck++;
        } else {
            f.stuckUntil = null;
            if (chance(random, config.stuck())) {
                f.stuckUntil = ts.plusSeconds(3600 + random.nextInt(5 * 3600));
                f.stuckValues = reading.values();
                stuck++;
            } else if (chance(random, config.spike()) && !reading.values().isEmpty()) {
                reading = spike(reading, random);
                spiked++;
            }
        }

        Instant due = ts;
        if (chance(random, config.late())) {
            due = ts.plusSeconds(120 + random.nextInt(781));
            late++;
        } else if (chance(random, config.outOfOrder())) {
            Duration interval = intervals.getOrDefault(reading.sensorId(), DEFAULT_INTERVAL);
            due = ts.plusMillis((long) (interval.toMillis() * (1.2 + 1.3 * random.nextDouble())));
            outOfOrder++;
        }
        schedule(due, reading);
        if (chance(random, config.duplicate())) {
            schedule(due.plusSeconds(random.nextInt(31)), reading);
            duplicated++;
        }
    }

    private static Reading spike(Reading reading, SplittableRandom random) {
        List<String> keys = new ArrayList<>(reading.values().keySet());
        keys.sort(Comparator.naturalOrder());
        String key = keys.get(random.nextInt(keys.size()));
        double factor = 3 + 5 * random.nextDouble();
        double max = ValueLimits.of(reading.kind(), key).map(ValueLimits.Limit::max).orElse(Double.MAX_VALUE);
        double spiked = Math.min(reading.values().get(key) * factor, 0.8 * max);
        Map<String, Double> values = new LinkedHashMap<>(reading.values());
        values.put(key, Math.round(spiked * 10) / 10.0);
        return new Reading(reading.sensorId(), reading.kind(), reading.ts(), reading.seq(), values);
    }

    private static boolean chance(SplittableRandom random, double p) {
        return p > 0 && random.nextDouble() < p;
    }

    private void schedule(Instant due, Reading reading) {
        pending.add(new Delivery(due, order++, reading));
    }

    private record Delivery(Instant due, long order, Reading reading) {
    }

    private static final class SensorFaults {
        final SplittableRandom random;
        Instant silentUntil;
        Instant stuckUntil;
        Map<String, Double> stuckValues;

        SensorFaults(SplittableRandom random) {
            this.random = random;
        }
    }
}
