package io.cityops.jobs.air;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.RejectOwnership;
import io.cityops.jobs.common.ValidateKind;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates raw readings against the catalogue, with the processing time as "now" for the
 * future-timestamp check. Rejected payloads of air sensors, and those that name no kind at all, go to
 * {@link #DEAD_LETTERS} with their reason (see {@link RejectOwnership}); valid air readings continue.
 * Readings of other kinds, valid or not, are their own jobs' business and are passed over.
 */
public final class ValidateReadings extends ValidateKind<AirSample> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("validation-dead-letters") {
    };

    public ValidateReadings(ReadingValidator validator, Clock clock) {
        super(SensorKind.AIR, validator, clock, DEAD_LETTERS);
    }

    @Override
    protected void accept(Reading reading, String payload, Instant now, Consumer<DeadLetter> reject,
                          Collector<AirSample> out) {
        out.collect(AirSample.of(reading, payload));
    }
}
