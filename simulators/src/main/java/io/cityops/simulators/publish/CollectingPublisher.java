package io.cityops.simulators.publish;

import io.cityops.ingest.reading.Reading;
import java.util.ArrayList;
import java.util.List;

/** Keeps every reading in memory, in publication order: for tests and in-process consumers. */
public final class CollectingPublisher implements ReadingPublisher {

    private final List<Reading> readings = new ArrayList<>();

    @Override
    public synchronized void publish(Reading reading) {
        readings.add(reading);
    }

    @Override
    public void flush() {
    }

    @Override
    public synchronized long sent() {
        return readings.size();
    }

    /** A snapshot of what was published so far. */
    public synchronized List<Reading> readings() {
        return List.copyOf(readings);
    }

    @Override
    public void close() {
    }
}
