package io.cityops.simulators.air;

import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.time.TimedSource;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * What the air simulator produces: every air station's readings from {@code start} on, each at its
 * reporting interval, in time order (ties by sensor id). Endless; the clock decides when to stop.
 * Deterministic: the same model (seed, catalogue, scripts) and start give the same sequence.
 */
public final class AirReadingSupplier implements TimedSource<Reading>, Iterator<Reading> {

    private final PriorityQueue<StationGenerator> stations = new PriorityQueue<>(
            Comparator.comparing(StationGenerator::nextTs).thenComparing(StationGenerator::sensorId));

    public AirReadingSupplier(AirQualityModel model, Instant start) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        model.stations().forEach(s -> stations.add(new StationGenerator(model, s, start)));
    }

    @Override
    public Optional<Instant> nextDue() {
        StationGenerator first = stations.peek();
        return first == null ? Optional.empty() : Optional.of(first.nextTs());
    }

    @Override
    public boolean hasNext() {
        return !stations.isEmpty();
    }

    @Override
    public Reading next() {
        StationGenerator first = stations.poll();
        if (first == null) {
            throw new NoSuchElementException("the catalogue has no air stations");
        }
        Reading reading = first.next();
        stations.add(first);
        return reading;
    }
}
