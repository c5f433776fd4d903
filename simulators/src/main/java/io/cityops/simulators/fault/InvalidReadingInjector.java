package io.cityops.simulators.fault;

import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.Seeds;
import io.cityops.simulators.time.TimedSource;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Adds, after a share of the readings, a clearly invalid one to exercise the dead-letter path: in
 * turn a reading from a sensor that is not in the catalogue ({@code unknown-<id>}) and one with a
 * negative concentration. Both are well-formed JSON; the validator must reject them. Invalid
 * readings carry no {@code seq} so they can never shadow a valid one in de-duplication.
 */
public final class InvalidReadingInjector implements TimedSource<Reading> {

    /** Prefix of the sensor ids invented for unknown-sensor readings. */
    public static final String UNKNOWN_PREFIX = "unknown-";

    private final TimedSource<Reading> upstream;
    private final double rate;
    private final SplittableRandom random;
    private final Deque<Reading> extra = new ArrayDeque<>();
    private Instant extraDue;
    private long injected;

    public InvalidReadingInjector(TimedSource<Reading> upstream, double rate, long seed) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("invalid-reading rate must be in [0, 1], got " + rate);
        }
        this.rate = rate;
        this.random = Seeds.random(seed, "invalid-readings");
    }

    @Override
    public Optional<Instant> nextDue() {
        return extra.isEmpty() ? upstream.nextDue() : Optional.of(extraDue);
    }

    @Override
    public Reading next() {
        if (!extra.isEmpty()) {
            return extra.poll();
        }
        Instant due = upstream.nextDue().orElse(null);
        Reading reading = upstream.next();
        if (rate > 0 && random.nextDouble() < rate) {
            extra.add(invalidFrom(reading));
            extraDue = due;
            injected++;
        }
        return reading;
    }

    /** Invalid readings added so far. */
    public long injected() {
        return injected;
    }

    private Reading invalidFrom(Reading reading) {
        if (injected % 2 == 0) {
            return new Reading(UNKNOWN_PREFIX + reading.sensorId(), reading.kind(), reading.ts(), null, reading.values());
        }
        String key = reading.values().keySet().stream().sorted(Comparator.naturalOrder()).findFirst().orElse("pm25");
        String negativeKey = reading.values().containsKey("pm25") ? "pm25" : key;
        Map<String, Double> values = new LinkedHashMap<>(reading.values());
        values.put(negativeKey, (double) -(1 + random.nextInt(50)));
        return new Reading(reading.sensorId(), reading.kind(), reading.ts(), null, values);
    }
}
