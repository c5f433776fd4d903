package io.cityops.jobs.common;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.ingest.reading.SensorKind;
import java.io.Serializable;
import java.util.Objects;
import org.apache.flink.api.common.functions.MapFunction;

/** Turns what a job of one sensor kind saw of a reading into loss-accounting outcomes. */
public final class IngestOutcomes {

    private IngestOutcomes() {
    }

    /** The kind a rejected reading is counted under: the catalogue's kind of its sensor, when the job knows it. */
    @FunctionalInterface
    public interface KindOfSensor extends Serializable {
        String kindOf(String sensorId);
    }

    private record SameKind(String kind) implements KindOfSensor {
        @Override
        public String kindOf(String sensorId) {
            return kind;
        }
    }

    /** A valid reading. */
    public static final class Accepted<T extends ReadingIdentity> implements MapFunction<T, IngestOutcome> {
        private static final long serialVersionUID = 1L;
        private final String kind;

        public Accepted(SensorKind kind) {
            this.kind = kind.wireName();
        }

        @Override
        public IngestOutcome map(T sample) {
            return IngestOutcome.accepted(sample.sensorId(), kind, sample.eventTime());
        }
    }

    /** A repeat dropped by deduplication. */
    public static final class Duplicate<T extends ReadingIdentity> implements MapFunction<T, IngestOutcome> {
        private static final long serialVersionUID = 1L;
        private final String kind;

        public Duplicate(SensorKind kind) {
            this.kind = kind.wireName();
        }

        @Override
        public IngestOutcome map(T sample) {
            return IngestOutcome.duplicate(sample.sensorId(), kind);
        }
    }

    /**
     * A dead letter: too late counts as late under the job's kind; a rejected reading counts by reason,
     * under its sensor's kind (a reading of another kind that reached this job is not this job's loss).
     */
    public static final class DeadLetters implements MapFunction<DeadLetter, IngestOutcome> {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final KindOfSensor kindOfSensor;

        /** Every rejected reading counted under the job's kind: for a job that sees no other kind's sensors. */
        public DeadLetters(SensorKind kind) {
            this(kind, new SameKind(kind.wireName()));
        }

        public DeadLetters(SensorKind kind, KindOfSensor kindOfSensor) {
            this.kind = kind.wireName();
            this.kindOfSensor = Objects.requireNonNull(kindOfSensor, "kindOfSensor");
        }

        @Override
        public IngestOutcome map(DeadLetter letter) {
            if (RejectReason.TOO_LATE.code().equals(letter.reason())) {
                return IngestOutcome.late(letter.sensorId(), kind);
            }
            return IngestOutcome.rejected(letter.sensorId(), kindOfSensor.kindOf(letter.sensorId()), letter.reason());
        }
    }
}
