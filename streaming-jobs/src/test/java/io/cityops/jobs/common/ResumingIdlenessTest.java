package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarksWithIdleness;
import org.apache.flink.util.clock.ManualClock;
import org.junit.jupiter.api.Test;

class ResumingIdlenessTest {

    /** Records what the generator tells the source, in order. */
    private static final class Recording implements WatermarkOutput {
        final List<String> calls = new ArrayList<>();

        @Override
        public void emitWatermark(Watermark watermark) {
            calls.add("watermark " + watermark.getTimestamp());
        }

        @Override
        public void markIdle() {
            calls.add("idle");
        }

        @Override
        public void markActive() {
            calls.add("active");
        }
    }

    /** Not at zero: the idleness timer reads a zero start as "no quiet spell yet". */
    private final ManualClock clock = new ManualClock(Duration.ofSeconds(1).toNanos());
    private final ResumingIdleness<String> generator = new ResumingIdleness<>(new WatermarksWithIdleness<>(
            new BoundedOutOfOrdernessWatermarks<>(Duration.ofSeconds(30)), Duration.ofSeconds(5), clock));
    private final Recording output = new Recording();

    @Test
    void quietSplitComesBackWithItsFirstRecordsWatermark() {
        generator.onEvent("a", 100_000, output);
        generator.onPeriodicEmit(output);
        generator.onPeriodicEmit(output); // the quiet spell starts
        clock.advanceTime(Duration.ofSeconds(6));
        generator.onPeriodicEmit(output);
        assertThat(output.calls).endsWith("idle");
        output.calls.clear();

        generator.onEvent("b", 200_000, output);

        assertThat(output.calls).containsExactly("active", "watermark " + (200_000 - 30_000 - 1));
    }

    @Test
    void activeSplitIsNotMarkedActiveForEveryRecord() {
        generator.onEvent("a", 100_000, output);
        generator.onEvent("b", 100_500, output);
        generator.onPeriodicEmit(output);

        assertThat(output.calls).containsExactly("watermark " + (100_500 - 30_000 - 1));
    }

    @Test
    void splitCarryingOnlyOtherFeedsGoesIdleAndDoesNotHoldTimeBack() {
        generator.onEvent("mine", 100_000, output);
        generator.onPeriodicEmit(output);
        generator.onPeriodicEmit(output); // the quiet spell starts
        for (int i = 0; i < 6; i++) {
            clock.advanceTime(Duration.ofSeconds(1));
            generator.onEvent("another kind's reading", ReadingEventTime.NO_EVENT_TIME, output);
            generator.onPeriodicEmit(output);
        }

        assertThat(output.calls).endsWith("idle");
        assertThat(output.calls).doesNotContain("active");
    }
}
