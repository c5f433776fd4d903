package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DropDuplicatesTest {

    /** A reading as far as deduplication cares. */
    public record Sample(String sensorId, long eventTime, Long seq, double value) implements ReadingIdentity {
    }

    private static final Duration LATENESS = Duration.ofHours(2);
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long EIGHT_O_CLOCK = Instant.parse("2026-11-28T08:00:00Z").toEpochMilli();

    private final DropDuplicates<Sample> function = new DropDuplicates<>(Sample.class, LATENESS);
    private KeyedOneInputStreamOperatorTestHarness<String, Sample, Sample> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(function, Sample::sensorId, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void sameSensorTimeAndSequenceTwiceIsPassedOnceAndCountedAsDuplicate() throws Exception {
        Sample first = new Sample("aq-1", EIGHT_O_CLOCK, 7L, 35.0);
        Sample redelivery = new Sample("aq-1", EIGHT_O_CLOCK, 7L, 35.0);

        process(first);
        process(redelivery);

        assertThat(harness.extractOutputValues()).containsExactly(first);
        assertThat(duplicates()).containsExactly(redelivery);
    }

    @Test
    void sameTimeWithAnotherSequenceOrAnotherSensorIsNoDuplicate() throws Exception {
        process(new Sample("aq-1", EIGHT_O_CLOCK, 7L, 35.0));
        process(new Sample("aq-1", EIGHT_O_CLOCK, 8L, 36.0));
        process(new Sample("aq-2", EIGHT_O_CLOCK, 7L, 35.0));
        process(new Sample("aq-1", EIGHT_O_CLOCK + 1, 7L, 35.0));

        assertThat(harness.extractOutputValues()).hasSize(4);
        assertThat(duplicates()).isEmpty();
    }

    @Test
    void readingsWithoutSequenceAreTheSameWhenTheirTimeIs() throws Exception {
        process(new Sample("aq-1", EIGHT_O_CLOCK, null, 35.0));
        process(new Sample("aq-1", EIGHT_O_CLOCK, null, 35.0));

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(duplicates()).hasSize(1);
    }

    @Test
    void readingsAreForgottenOnceTheirHourCanNoLongerChange() throws Exception {
        process(new Sample("aq-1", EIGHT_O_CLOCK + 10 * 60_000, 1L, 35.0));
        process(new Sample("aq-2", EIGHT_O_CLOCK + 20 * 60_000, 1L, 35.0));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

        harness.processWatermark(EIGHT_O_CLOCK + HOUR + LATENESS.toMillis() - 1);
        assertThat(harness.numKeyedStateEntries()).as("kept until the hour after plus the lateness").isEqualTo(2);

        harness.processWatermark(EIGHT_O_CLOCK + 2 * HOUR + LATENESS.toMillis() - 1);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private void process(Sample sample) throws Exception {
        harness.processElement(sample, sample.eventTime());
    }

    private List<Sample> duplicates() {
        var records = harness.getSideOutput(function.duplicates());
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }
}
