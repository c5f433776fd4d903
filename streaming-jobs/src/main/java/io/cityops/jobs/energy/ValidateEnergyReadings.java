package io.cityops.jobs.energy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingValidator;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.RejectOwnership;
import io.cityops.jobs.common.ValidateKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates raw readings with the shared validator; valid meter readings continue as
 * {@link EnergySample}s. A rejected payload is this job's dead letter when it concerns energy (the
 * sensor is a catalogued meter, or the payload says {@code "kind":"energy"}; see {@link RejectOwnership});
 * other rejects are left to the jobs of their kind so that one bad record gives one dead letter.
 */
public final class ValidateEnergyReadings extends ValidateKind<EnergySample> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("energy-validation-dead-letters") {
    };

    public ValidateEnergyReadings(ReadingValidator validator, Clock clock) {
        super(SensorKind.ENERGY, validator, clock, DEAD_LETTERS);
    }

    @Override
    protected void accept(Reading reading, String payload, Instant now, Consumer<DeadLetter> reject,
                          Collector<EnergySample> out) {
        Optional<EnergyMeter> meter = catalogue().energy().meter(reading.sensorId());
        if (meter.isEmpty()) {
            reject.accept(new DeadLetter(RejectReason.UNKNOWN_SENSOR.code(), "sensor '" + reading.sensorId()
                    + "' is not a meter of the catalogue's energy section", reading.sensorId(), payload, now,
                    DeadLetter.STAGE_VALIDATION));
            return;
        }
        String key = meter.get().counterKey();
        Double value = reading.values().get(key);
        if (value == null) {
            reject.accept(new DeadLetter(RejectReason.MISSING_VALUE.code(), "meter " + reading.sensorId()
                    + " counts " + key + " but the reading has no " + key, reading.sensorId(), payload, now,
                    DeadLetter.STAGE_VALIDATION));
            return;
        }
        out.collect(new EnergySample(reading.sensorId(), reading.ts().toEpochMilli(), reading.seq(), key,
                BigDecimal.valueOf(value), payload));
    }

    /** The catalogue the validator checks against. */
    Catalogue catalogue() {
        return validator().catalogue();
    }
}
