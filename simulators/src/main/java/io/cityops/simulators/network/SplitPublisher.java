package io.cityops.simulators.network;

import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.publish.ReadingPublisher;
import java.util.Objects;
import java.util.Set;

/**
 * Sends cell counters one way (the OSS feed, on Kafka) and site power meters another (MQTT), as the
 * two reach the monitor in the field. Closing closes neither: both belong to the caller.
 */
public final class SplitPublisher implements ReadingPublisher {

    private final ReadingPublisher cells;
    private final ReadingPublisher meters;
    private final Set<String> meterIds;

    public SplitPublisher(ReadingPublisher cells, ReadingPublisher meters, Set<String> meterIds) {
        this.cells = Objects.requireNonNull(cells, "cells");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.meterIds = Set.copyOf(meterIds);
    }

    @Override
    public void publish(Reading reading) {
        (meterIds.contains(reading.sensorId()) ? meters : cells).publish(reading);
    }

    @Override
    public void flush() {
        cells.flush();
        meters.flush();
    }

    @Override
    public long sent() {
        return cells.sent() + meters.sent();
    }

    @Override
    public void close() {
        flush();
    }
}
