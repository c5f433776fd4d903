package io.cityops.jobs.network;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.RejectOwnership;
import io.cityops.jobs.common.ValidateKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates raw readings against the catalogue; valid network readings continue as
 * {@link NetworkSample}s. A rejected payload goes to {@link #DEAD_LETTERS} when it is the network
 * path's business — from a catalogued network sensor (by its payload or its Kafka key), or stating kind
 * {@code network} (see {@link RejectOwnership}) — so that the jobs reading the same topic do not
 * dead-letter one bad record once each. Other kinds pass by.
 */
public final class ValidateNetworkReadings extends ValidateKind<NetworkSample> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("network-validation-dead-letters") {
    };

    private final NetworkTopology topology;

    public ValidateNetworkReadings(ReadingValidator validator, NetworkTopology topology, Clock clock) {
        super(SensorKind.NETWORK, validator, clock, DEAD_LETTERS);
        this.topology = Objects.requireNonNull(topology, "topology");
    }

    @Override
    protected void accept(Reading reading, String payload, Instant now, Consumer<DeadLetter> reject,
                          Collector<NetworkSample> out) {
        // a network sensor declared outside the network section belongs to no site: no KPIs to add it to
        topology.place(reading.sensorId()).ifPresent(place -> out.collect(NetworkSample.of(reading, place, payload)));
    }
}
