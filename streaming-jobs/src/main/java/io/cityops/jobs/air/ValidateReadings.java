package io.cityops.jobs.air;

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
 * Decodes and validates raw readings against the catalogue, with the processing time as "now" for the
 * future-timestamp check. Rejected payloads of air sensors, and those that name no kind at all, go to
 * {@link #DEAD_LETTERS} with their reason (see {@link RejectOwnership}); valid air readings continue.
 * Readings of other kinds, valid or not, are their own jobs' business and are passed over.
 */
public final class ValidateReadings extends ProcessFunction<RawReading, AirSample> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("validation-dead-letters") {
    };

    private final ReadingValidator validator;
    private final Clock clock;
    private final RejectOwnership ownership;

    public ValidateReadings(ReadingValidator validator, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownership = new RejectOwnership(validator.catalogue());
    }

    @Override
    public void processElement(RawReading raw, Context ctx, Collector<AirSample> out) {
        Instant now = clock.instant();
        ParseResult result = validator.validate(raw.payload(), now);
        if (result instanceof ParseResult.Rejected rejected) {
            if (ownership.isOwnedBy(SensorKind.AIR, rejected, raw.key())) {
                ctx.output(DEAD_LETTERS, DeadLetter.of(rejected, now, DeadLetter.STAGE_VALIDATION));
            }
        } else if (result instanceof ParseResult.Accepted accepted && accepted.reading().kind() == SensorKind.AIR) {
            out.collect(AirSample.of(accepted.reading(), ReadingCodec.payloadText(raw.payload())));
        }
    }
}
