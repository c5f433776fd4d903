package io.cityops.jobs.energy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.RawReading;
import io.cityops.jobs.common.RejectOwnership;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates raw readings with the shared validator; valid meter readings continue as
 * {@link EnergySample}s. A rejected payload is this job's dead letter when it concerns energy (the
 * sensor is a catalogued meter, or the payload says {@code "kind":"energy"}; see {@link RejectOwnership});
 * other rejects are left to the jobs of their kind so that one bad record gives one dead letter.
 */
public final class ValidateEnergyReadings extends ProcessFunction<RawReading, EnergySample> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("energy-validation-dead-letters") {
    };

    private final ReadingValidator validator;
    private final Clock clock;
    private final RejectOwnership ownership;

    public ValidateEnergyReadings(ReadingValidator validator, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownership = new RejectOwnership(validator.catalogue());
    }

    @Override
    public void processElement(RawReading raw, Context ctx, Collector<EnergySample> out) {
        Instant now = clock.instant();
        ParseResult result = validator.validate(raw.payload(), now);
        if (result instanceof ParseResult.Rejected rejected) {
            if (ownership.isOwnedBy(SensorKind.ENERGY, rejected, raw.key())) {
                ctx.output(DEAD_LETTERS, DeadLetter.of(rejected, now, DeadLetter.STAGE_VALIDATION));
            }
            return;
        }
        Reading reading = ((ParseResult.Accepted) result).reading();
        if (reading.kind() != SensorKind.ENERGY) {
            return;
        }
        String payload = ReadingCodec.payloadText(raw.payload());
        Optional<EnergyMeter> meter = validator.catalogue().energy().meter(reading.sensorId());
        if (meter.isEmpty()) {
            ctx.output(DEAD_LETTERS, new DeadLetter(RejectReason.UNKNOWN_SENSOR.code(), "sensor '" + reading.sensorId()
                    + "' is not a meter of the catalogue's energy section", reading.sensorId(), payload, now,
                    DeadLetter.STAGE_VALIDATION));
            return;
        }
        String key = meter.get().counterKey();
        Double value = reading.values().get(key);
        if (value == null) {
            ctx.output(DEAD_LETTERS, new DeadLetter(RejectReason.MISSING_VALUE.code(), "meter " + reading.sensorId()
                    + " counts " + key + " but the reading has no " + key, reading.sensorId(), payload, now,
                    DeadLetter.STAGE_VALIDATION));
            return;
        }
        out.collect(new EnergySample(reading.sensorId(), reading.ts().toEpochMilli(), reading.seq(), key,
                BigDecimal.valueOf(value), payload));
    }

    /** The catalogue the validator checks against. */
    Catalogue catalogue() {
        return validator.catalogue();
    }
}
