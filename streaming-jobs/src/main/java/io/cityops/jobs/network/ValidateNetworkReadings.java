package io.cityops.jobs.network;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.RawReading;
import io.cityops.jobs.common.RejectOwnership;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates raw readings against the catalogue; valid network readings continue as
 * {@link NetworkSample}s. A rejected payload goes to {@link #DEAD_LETTERS} when it is the network
 * path's business — from a catalogued network sensor (by its payload or its Kafka key), or stating kind
 * {@code network} (see {@link RejectOwnership}) — so that the jobs reading the same topic do not
 * dead-letter one bad record once each. Other kinds pass by.
 */
public final class ValidateNetworkReadings extends ProcessFunction<RawReading, NetworkSample> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("network-validation-dead-letters") {
    };

    private final ReadingValidator validator;
    private final NetworkTopology topology;
    private final Clock clock;
    private final RejectOwnership ownership;

    public ValidateNetworkReadings(ReadingValidator validator, NetworkTopology topology, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.topology = Objects.requireNonNull(topology, "topology");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownership = new RejectOwnership(validator.catalogue());
    }

    @Override
    public void processElement(RawReading raw, Context ctx, Collector<NetworkSample> out) {
        Instant now = clock.instant();
        ParseResult result = validator.validate(raw.payload(), now);
        if (result instanceof ParseResult.Rejected rejected) {
            if (ownership.isOwnedBy(SensorKind.NETWORK, rejected, raw.key())) {
                ctx.output(DEAD_LETTERS, DeadLetter.of(rejected, now, DeadLetter.STAGE_VALIDATION));
            }
        } else if (result instanceof ParseResult.Accepted accepted && accepted.reading().kind() == SensorKind.NETWORK) {
            // a network sensor declared outside the network section belongs to no site: no KPIs to add it to
            topology.place(accepted.reading().sensorId()).ifPresent(place ->
                    out.collect(NetworkSample.of(accepted.reading(), place, ReadingCodec.payloadText(raw.payload()))));
        }
    }
}
