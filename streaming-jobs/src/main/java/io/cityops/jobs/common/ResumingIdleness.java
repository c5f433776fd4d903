package io.cityops.jobs.common;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.eventtime.WatermarksWithIdleness;

/**
 * Idleness handling that brings a split back from idleness with its first record, not only with its
 * next periodic watermark.
 *
 * <p>Flink's {@link WatermarksWithIdleness} reactivates an idle split at the next periodic watermark
 * (every 200 ms), and a per-split source tells downstream operators only when the combined watermark
 * rises. Records emitted in between travel through channels that downstream operators still count as
 * idle, so a watermark arriving over another channel (a keyed operator's subtasks all receive every
 * watermark, but only one of them the records of a key) can overtake them: after a quiet spell a burst
 * of catch-up readings was judged late, some beyond the allowed lateness. So the first record after
 * idleness emits its watermark at once (the bounded-out-of-orderness watermark including that record,
 * which raises the combined watermark and so reactivates the source's output before the records that
 * follow); from then on every channel that carries records counts in the watermark's minimum.
 *
 * <p>Records stamped {@link ReadingEventTime#NO_EVENT_TIME} are not activity: they pass through, but a
 * split that carries nothing else is idle.
 *
 * @param <T> the record type
 */
public final class ResumingIdleness<T> implements WatermarkGenerator<T> {

    private final WatermarkGenerator<T> delegate;
    private boolean idle;

    public ResumingIdleness(WatermarkGenerator<T> delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Bounded out-of-orderness, idleness, and this class's prompt return from idleness. */
    public static <T> WatermarkStrategy<T> strategy(Duration maxOutOfOrderness, Duration idleness,
                                                    SerializableTimestampAssigner<T> timestamps) {
        return WatermarkStrategy.<T>forGenerator(context -> new ResumingIdleness<>(new WatermarksWithIdleness<>(
                        new BoundedOutOfOrdernessWatermarks<>(maxOutOfOrderness), idleness,
                        context.getInputActivityClock())))
                .withTimestampAssigner(timestamps);
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp == ReadingEventTime.NO_EVENT_TIME) {
            // Not this job's feed (or no readable time): it neither moves time nor keeps the split active,
            // so a partition that carries only other kinds goes idle instead of holding time back.
            return;
        }
        delegate.onEvent(event, eventTimestamp, output);
        if (idle) {
            output.markActive();
            onPeriodicEmit(output);
            idle = false;
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        delegate.onPeriodicEmit(tracking(output));
    }

    /** The output, noting whether the delegate declared the split idle. */
    private WatermarkOutput tracking(WatermarkOutput output) {
        return new WatermarkOutput() {
            @Override
            public void emitWatermark(Watermark watermark) {
                idle = false;
                output.emitWatermark(watermark);
            }

            @Override
            public void markIdle() {
                idle = true;
                output.markIdle();
            }

            @Override
            public void markActive() {
                idle = false;
                output.markActive();
            }
        };
    }
}
