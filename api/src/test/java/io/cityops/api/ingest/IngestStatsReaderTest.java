package io.cityops.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.api.influx.InfluxRow;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestStatsReaderTest {

    @Test
    void readsTheCountersAndKeepsOnlyReasonsThatOccurred() {
        InfluxRow row = new InfluxRow(Instant.EPOCH, Map.of("last_accepted", 120L, "last_duplicate", 3L,
                "last_late", 1L, "last_rejected_impossible_value", 2L, "last_rejected_unknown_value", 0L,
                "last_last_seen_ms", 1764300000000L));

        SensorCounters counters = IngestStatsReader.counters(row);

        assertThat(counters.accepted()).isEqualTo(120);
        assertThat(counters.duplicate()).isEqualTo(3);
        assertThat(counters.late()).isEqualTo(1);
        assertThat(counters.rejected()).containsExactly(Map.entry("impossible_value", 2L));
        assertThat(counters.rejectedTotal()).isEqualTo(2);
        assertThat(counters.lastSeen()).isEqualTo(Instant.ofEpochMilli(1764300000000L));
    }

    @Test
    void missingCountersAreZeroAndAMissingLastSeenIsNone() {
        SensorCounters counters = IngestStatsReader.counters(new InfluxRow(Instant.EPOCH, Map.of("last_accepted", 5L)));

        assertThat(counters.duplicate()).isZero();
        assertThat(counters.rejected()).isEmpty();
        assertThat(counters.lastSeen()).isNull();
    }
}
