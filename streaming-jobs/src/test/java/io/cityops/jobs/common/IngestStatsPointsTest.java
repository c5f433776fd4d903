package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.jobs.influx.InfluxPoint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestStatsPointsTest {

    @Test
    void countersBecomeIntegerFieldsOfTheSensorsPoint() {
        IngestStats stats = new IngestStats("aq-wbl-0001", "air", 577, 1, 2, Map.of("impossible_value", 3L), 1_700L, 5_000L);

        InfluxPoint point = new IngestStatsPoints().toPoints(stats).get(0);

        assertThat(point.measurement()).isEqualTo("ingest_stats");
        assertThat(point.time().toEpochMilli()).isEqualTo(5_000L);
        assertThat(point.tags()).containsEntry("sensor", "aq-wbl-0001").containsEntry("kind", "air");
        assertThat(point.toLineProtocol()).contains("accepted=577i", "duplicate=1i", "late=2i",
                "rejected_impossible_value=3i", "last_seen_ms=1700i");
    }

    @Test
    void sensorWithoutAcceptedReadingsHasNoLastSeen() {
        IngestStats stats = new IngestStats("unknown", "unknown", 0, 0, 0, Map.of("malformed_json", 1L), null, 5_000L);

        assertThat(new IngestStatsPoints().toPoints(stats).get(0).fields()).doesNotContainKey("last_seen_ms");
    }
}
