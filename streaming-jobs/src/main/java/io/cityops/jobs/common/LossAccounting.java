package io.cityops.jobs.common;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Counts, per sensor, what became of its readings (accepted, rejected by reason, duplicate, late) and
 * emits the cumulative counters at most once per interval of processing time, so nothing is dropped
 * without a trace and the counters cost a few points per sensor and minute.
 *
 * <p>The first change after a quiet interval is emitted at once; later changes within the interval
 * wait for a processing-time timer. At the end of a bounded input (watermark at the end of time) the
 * final counters are emitted too, so a replay or a test sees the totals.
 */
public final class LossAccounting extends KeyedProcessFunction<String, IngestOutcome, IngestStats> {

    private static final long serialVersionUID = 1L;

    private final long intervalMs;
    private transient ValueState<IngestStats> counters;
    /** Processing time of the last emission; null before the first. */
    private transient ValueState<Long> lastEmitted;
    /** Processing time of the pending timer, null when none is pending. */
    private transient ValueState<Long> pendingTimer;

    public LossAccounting(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("stats interval must be positive, was " + interval);
        }
        this.intervalMs = interval.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        counters = getRuntimeContext().getState(new ValueStateDescriptor<>("counters", IngestStats.class));
        lastEmitted = getRuntimeContext().getState(new ValueStateDescriptor<>("last-emitted", Types.LONG));
        pendingTimer = getRuntimeContext().getState(new ValueStateDescriptor<>("pending-timer", Types.LONG));
    }

    @Override
    public void processElement(IngestOutcome outcome, Context ctx, Collector<IngestStats> out) throws Exception {
        IngestStats current = counters.value();
        if (current == null) {
            current = IngestStats.empty(ctx.getCurrentKey(), outcome.kind());
            // flushes the totals when a bounded input ends; never fires on an endless stream
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }
        counters.update(current.plus(outcome));
        long now = ctx.timerService().currentProcessingTime();
        Long last = lastEmitted.value();
        if (last == null || now - last >= intervalMs) {
            emit(now, out);
        } else if (pendingTimer.value() == null) {
            long at = last + intervalMs;
            ctx.timerService().registerProcessingTimeTimer(at);
            pendingTimer.update(at);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IngestStats> out) throws Exception {
        long now = ctx.timerService().currentProcessingTime();
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            pendingTimer.clear();
        }
        emit(now, out);
    }

    private void emit(long now, Collector<IngestStats> out) throws Exception {
        IngestStats current = counters.value();
        if (current != null) {
            out.collect(current.at(now));
            lastEmitted.update(now);
        }
    }
}
