package io.cityops.jobs.air;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.IngestOutcome;
import java.util.Objects;
import org.apache.flink.api.common.functions.MapFunction;

/** Turns what the air path saw of a reading into loss-accounting outcomes. */
final class IngestOutcomes {

    private static final String AIR = SensorKind.AIR.wireName();

    private IngestOutcomes() {
    }

    /** A valid air reading. */
    static final class Accepted implements MapFunction<AirSample, IngestOutcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public IngestOutcome map(AirSample sample) {
            return IngestOutcome.accepted(sample.sensorId(), AIR, sample.eventTime());
        }
    }

    /** A repeat dropped by deduplication. */
    static final class Duplicate implements MapFunction<AirSample, IngestOutcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public IngestOutcome map(AirSample sample) {
            return IngestOutcome.duplicate(sample.sensorId(), AIR);
        }
    }

    /** A dead letter: too late (counted as late) or rejected by validation (counted by reason, under the sensor's kind). */
    static final class DeadLetters implements MapFunction<DeadLetter, IngestOutcome> {
        private static final long serialVersionUID = 1L;
        private final AirNetwork network;

        DeadLetters(AirNetwork network) {
            this.network = Objects.requireNonNull(network, "network");
        }

        @Override
        public IngestOutcome map(DeadLetter letter) {
            if (RejectReason.TOO_LATE.code().equals(letter.reason())) {
                return IngestOutcome.late(letter.sensorId(), AIR);
            }
            return IngestOutcome.rejected(letter.sensorId(), network.kindOf(letter.sensorId()), letter.reason());
        }
    }
}
