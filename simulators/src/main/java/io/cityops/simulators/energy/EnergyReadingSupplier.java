package io.cityops.simulators.energy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.EnergyEntity;
import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.time.TimedSource;
import java.time.Instant;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * What the energy simulator produces: every catalogued meter's counter readings from {@code start} on,
 * in time order (ties by meter id). Endless and deterministic: the same catalogue, seed and start give
 * the same sequence.
 */
public final class EnergyReadingSupplier implements TimedSource<Reading> {

    private final PriorityQueue<MeterGenerator> meters = new PriorityQueue<>(
            Comparator.comparing(MeterGenerator::nextTs).thenComparing(MeterGenerator::meterId));

    /**
     * @param swapsPerYear how often a meter is swapped, per meter and year
     * @param gapsPerYear  how often a meter falls silent for 1–6 hours, per meter and year
     */
    public EnergyReadingSupplier(Catalogue catalogue, long seed, Instant start, double swapsPerYear, double gapsPerYear) {
        for (EnergyMeter meter : catalogue.energy().meters()) {
            EnergyEntity entity = catalogue.energy().entity(meter.entity()).orElseThrow();
            int interval = catalogue.sensor(meter.id()).orElseThrow().reportingIntervalSeconds();
            meters.add(new MeterGenerator(meter, entity, interval, catalogue.timeZone(), seed, start, swapsPerYear, gapsPerYear));
        }
    }

    @Override
    public Optional<Instant> nextDue() {
        MeterGenerator first = meters.peek();
        return first == null ? Optional.empty() : Optional.of(first.nextTs());
    }

    @Override
    public Reading next() {
        MeterGenerator first = meters.poll();
        if (first == null) {
            throw new NoSuchElementException("the catalogue has no energy meters");
        }
        Reading reading = first.next();
        meters.add(first);
        return reading;
    }

    /** Meter swaps so far. */
    public long swaps() {
        return meters.stream().mapToLong(MeterGenerator::swaps).sum();
    }

    /** Reporting gaps so far. */
    public long gaps() {
        return meters.stream().mapToLong(MeterGenerator::gaps).sum();
    }
}
