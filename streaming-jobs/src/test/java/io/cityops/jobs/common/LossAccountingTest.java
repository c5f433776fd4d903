package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossAccountingTest {

    private static final long T0 = 1_000_000L;

    private KeyedOneInputStreamOperatorTestHarness<String, IngestOutcome, IngestStats> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new LossAccounting(Duration.ofSeconds(5)),
                IngestOutcome::sensorId, Types.STRING);
        harness.setProcessingTime(T0);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void countersAreCumulativePerSensorAndReason() throws Exception {
        harness.processElement(IngestOutcome.accepted("aq-1", "air", 100L), 100L);
        harness.setProcessingTime(T0 + 5_000);
        harness.processElement(IngestOutcome.accepted("aq-1", "air", 300L), 300L);
        harness.processElement(IngestOutcome.accepted("aq-1", "air", 200L), 200L);
        harness.processElement(IngestOutcome.duplicate("aq-1", "air"), 200L);
        harness.processElement(IngestOutcome.late("aq-1", "air"), 200L);
        harness.processElement(IngestOutcome.rejected("aq-1", "air", "impossible_value"), 200L);
        harness.processElement(IngestOutcome.rejected("aq-1", "air", "impossible_value"), 200L);
        harness.processElement(IngestOutcome.rejected("aq-1", "air", "future_timestamp"), 200L);
        harness.setProcessingTime(T0 + 10_000);

        IngestStats last = last(harness.extractOutputValues());
        assertThat(last.sensorId()).isEqualTo("aq-1");
        assertThat(last.kind()).isEqualTo("air");
        assertThat(last.accepted()).isEqualTo(3);
        assertThat(last.duplicate()).isEqualTo(1);
        assertThat(last.late()).isEqualTo(1);
        assertThat(last.rejected()).isEqualTo(Map.of("impossible_value", 2L, "future_timestamp", 1L));
        assertThat(last.lastSeenMs()).isEqualTo(300L);
        assertThat(last.asOf()).isEqualTo(T0 + 10_000);
    }

    @Test
    void emitsAtMostOncePerIntervalAndSensor() throws Exception {
        for (int i = 0; i < 50; i++) {
            harness.setProcessingTime(T0 + i * 100L);
            harness.processElement(IngestOutcome.accepted("aq-1", "air", i), i);
        }
        // the first at once, then one per 5 s: at T0 + 5 s the 50 readings of the first 4.9 s are in
        harness.setProcessingTime(T0 + 5_000);

        List<IngestStats> out = harness.extractOutputValues();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).accepted()).isEqualTo(1);
        assertThat(out.get(1).accepted()).isEqualTo(50);
    }

    @Test
    void readingsWithoutSensorAreCountedAsUnknown() throws Exception {
        harness.processElement(IngestOutcome.rejected(null, null, "malformed_json"), 0L);

        IngestStats stats = last(harness.extractOutputValues());
        assertThat(stats.sensorId()).isEqualTo(IngestOutcome.UNKNOWN);
        assertThat(stats.kind()).isEqualTo(IngestOutcome.UNKNOWN);
        assertThat(stats.rejected()).containsEntry("malformed_json", 1L);
    }

    @Test
    void endOfInputFlushesTheTotals() throws Exception {
        harness.processElement(IngestOutcome.accepted("aq-1", "air", 1L), 1L);
        harness.processElement(IngestOutcome.accepted("aq-1", "air", 2L), 2L);

        harness.processWatermark(Long.MAX_VALUE);

        assertThat(last(harness.extractOutputValues()).accepted()).isEqualTo(2);
    }

    private static IngestStats last(List<IngestStats> out) {
        assertThat(out).isNotEmpty();
        return out.get(out.size() - 1);
    }
}
