package io.cityops.simulators.network;

import io.cityops.ingest.catalogue.NetworkCatalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.simulators.time.TimedSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the network simulator produces, in time order: at every period end each cell's counters for
 * the period (stamped with the period's end, as an OSS exports them), and at every meter interval each
 * site's power; silent sites, power cuts and a stopped feed leave their readings out. Endless; the clock
 * decides when to stop. Deterministic: the same model and start give the same sequence.
 */
public final class NetworkReadingSupplier implements TimedSource<Reading> {

    private final NetworkModel model;
    private final Duration period;
    private final Duration meterInterval;
    private final ArrayDeque<Reading> batch = new ArrayDeque<>();
    private Instant nextPeriodEnd;
    private Instant nextMeter;
    private long seq;

    public NetworkReadingSupplier(NetworkModel model, Duration meterInterval, Instant start) {
        this.model = Objects.requireNonNull(model, "model");
        this.period = model.period();
        this.meterInterval = Objects.requireNonNull(meterInterval, "meterInterval");
        // the first period that ends after the start (one ending at the start covers time before it)
        this.nextPeriodEnd = ceil(start.plusMillis(1), period);
        this.nextMeter = ceil(start, meterInterval);
        this.seq = start.toEpochMilli() / 1000;
    }

    private static Instant ceil(Instant t, Duration step) {
        long ms = step.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli() + ms - 1, ms) * ms);
    }

    @Override
    public Optional<Instant> nextDue() {
        fill();
        return batch.isEmpty() ? Optional.empty() : Optional.of(batch.peek().ts());
    }

    @Override
    public Reading next() {
        fill();
        Reading reading = batch.poll();
        if (reading == null) {
            throw new NoSuchElementException("the catalogue has no 5G sites");
        }
        return reading;
    }

    /** Produces the next instant's readings when the batch runs dry (skipping instants where all is silent). */
    private void fill() {
        int guard = 0;
        while (batch.isEmpty() && !model.sites().isEmpty() && guard++ < 100_000) {
            boolean meters = !nextMeter.isAfter(nextPeriodEnd);
            boolean cells = !nextPeriodEnd.isAfter(nextMeter);
            if (meters) {
                meterReadings(nextMeter);
                nextMeter = nextMeter.plus(meterInterval);
            }
            if (cells) {
                cellReadings(nextPeriodEnd);
                nextPeriodEnd = nextPeriodEnd.plus(period);
            }
        }
    }

    private void cellReadings(Instant end) {
        if (model.feedStopped(end)) {
            return;
        }
        seq++;
        for (NetworkCatalogue.Site site : model.sites()) {
            if (model.silent(site, end.minusMillis(1))) {
                continue;
            }
            boolean available = !model.randomlyUnavailable(site, end);
            for (int c = 0; c < site.cells().size(); c++) {
                Map<String, Double> values = TrafficModel.cellCounters(model.load(site, c + 1, end), available);
                batch.add(new Reading(site.cells().get(c), SensorKind.NETWORK, end, seq, values));
            }
        }
    }

    private void meterReadings(Instant t) {
        seq++;
        for (NetworkCatalogue.Site site : model.sites()) {
            if (model.powerCut(site, t)) {
                continue;
            }
            boolean available = !model.randomlyUnavailable(site, ceil(t.plusMillis(1), period));
            double load = 0;
            for (int c = 1; c <= site.cells().size(); c++) {
                load += model.load(site, c, ceil(t.plusMillis(1), period));
            }
            double power = TrafficModel.sitePowerW(available ? load / site.cells().size() : 0, site.cells().size());
            batch.add(new Reading(site.powerMeter(), SensorKind.NETWORK, t, seq, Map.of("power_w", power)));
        }
    }
}
