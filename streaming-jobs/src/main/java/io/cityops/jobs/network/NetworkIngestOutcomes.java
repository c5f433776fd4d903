package io.cityops.jobs.network;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.common.IngestOutcome;
import java.util.Objects;
import org.apache.flink.api.common.functions.MapFunction;

/** Turns what the network path saw of a reading into loss-accounting outcomes. */
final class NetworkIngestOutcomes {

    private static final String NETWORK = SensorKind.NETWORK.wireName();

    private NetworkIngestOutcomes() {
    }

    static final class Accepted implements MapFunction<NetworkSample, IngestOutcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public IngestOutcome map(NetworkSample sample) {
            return IngestOutcome.accepted(sample.sensorId(), NETWORK, sample.eventTime());
        }
    }

    static final class Duplicate implements MapFunction<NetworkSample, IngestOutcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public IngestOutcome map(NetworkSample sample) {
            return IngestOutcome.duplicate(sample.sensorId(), NETWORK);
        }
    }

    static final class DeadLetters implements MapFunction<DeadLetter, IngestOutcome> {
        private static final long serialVersionUID = 1L;
        private final NetworkTopology topology;

        DeadLetters(NetworkTopology topology) {
            this.topology = Objects.requireNonNull(topology, "topology");
        }

        @Override
        public IngestOutcome map(DeadLetter letter) {
            if (RejectReason.TOO_LATE.code().equals(letter.reason())) {
                return IngestOutcome.late(letter.sensorId(), NETWORK);
            }
            return IngestOutcome.rejected(letter.sensorId(), topology.kindOf(letter.sensorId()), letter.reason());
        }
    }
}
