package io.cityops.jobs.common;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.SensorKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates raw readings against the catalogue for the job of one kind, with the
 * processing time as "now" for the future-timestamp check. Rejects that are this job's business (see
 * {@link RejectOwnership}) go to the job's dead-letter output with their reason; valid readings of the
 * job's kind go on to {@link #accept}; everything else is other jobs' business and passes by.
 *
 * @param <T> what the job makes of a valid reading
 */
public abstract class ValidateKind<T> extends ProcessFunction<RawReading, T> {

    private static final long serialVersionUID = 1L;

    private final SensorKind kind;
    private final ReadingValidator validator;
    private final Clock clock;
    private final OutputTag<DeadLetter> deadLetters;
    private final RejectOwnership ownership;

    protected ValidateKind(SensorKind kind, ReadingValidator validator, Clock clock, OutputTag<DeadLetter> deadLetters) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.ownership = new RejectOwnership(validator.catalogue());
    }

    @Override
    public final void processElement(RawReading raw, Context ctx, Collector<T> out) {
        Instant now = clock.instant();
        ParseResult result = validator.validate(raw.payload(), now);
        if (result instanceof ParseResult.Rejected rejected) {
            if (ownership.isOwnedBy(kind, rejected, raw.key())) {
                ctx.output(deadLetters, DeadLetter.of(rejected, now, DeadLetter.STAGE_VALIDATION));
            }
        } else if (result instanceof ParseResult.Accepted accepted && accepted.reading().kind() == kind) {
            accept(accepted.reading(), ReadingCodec.payloadText(raw.payload()), now,
                    letter -> ctx.output(deadLetters, letter), out);
        }
    }

    /**
     * A reading the shared validation accepted, of this job's kind.
     *
     * @param payload the original payload, for dead letters and loss accounting
     * @param reject  where checks of the job's own go wrong: the reading becomes a dead letter
     */
    protected abstract void accept(Reading reading, String payload, Instant now, Consumer<DeadLetter> reject,
                                   Collector<T> out);

    /** The catalogue the validator checks against. */
    protected final ReadingValidator validator() {
        return validator;
    }
}
