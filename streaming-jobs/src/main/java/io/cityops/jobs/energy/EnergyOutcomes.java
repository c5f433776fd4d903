package io.cityops.jobs.energy;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.IngestOutcome;
import org.apache.flink.api.common.functions.MapFunction;

/** Turns what the energy path saw of a reading into loss-accounting outcomes, under kind energy. */
final class EnergyOutcomes {

    private static final String ENERGY = SensorKind.ENERGY.wireName();

    private EnergyOutcomes() {
    }

    /** A valid meter reading. */
    static final class Accepted implements MapFunction<EnergySample, IngestOutcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public IngestOutcome map(EnergySample sample) {
            return IngestOutcome.accepted(sample.sensorId(), ENERGY, sample.eventTime());
        }
    }

    /** A repeat dropped by deduplication. */
    static final class Duplicate implements MapFunction<EnergySample, IngestOutcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public IngestOutcome map(EnergySample sample) {
            return IngestOutcome.duplicate(sample.sensorId(), ENERGY);
        }
    }

    /** A dead letter of this job (all concern energy): too late counts as late, the rest by reason. */
    static final class DeadLetters implements MapFunction<DeadLetter, IngestOutcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public IngestOutcome map(DeadLetter letter) {
            if (RejectReason.TOO_LATE.code().equals(letter.reason())) {
                return IngestOutcome.late(letter.sensorId(), ENERGY);
            }
            return IngestOutcome.rejected(letter.sensorId(), ENERGY, letter.reason());
        }
    }
}
