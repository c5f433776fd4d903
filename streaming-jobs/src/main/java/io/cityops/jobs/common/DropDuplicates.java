package io.cityops.jobs.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Drops repeated readings (same sensor, event time and sequence number), keyed by sensor. Repeats go
 * to the {@link #duplicates()} side output so they are counted, not dead-lettered: a redelivery is
 * normal traffic, not bad input.
 *
 * <p>A reading is remembered until the hour it belongs to can no longer change: the next UTC hour
 * boundary after its own hour plus the allowed lateness, a bound that holds for every time zone's
 * hours. A repeat arriving after that is too late for its hour anyway and is rejected downstream.
 *
 * @param <T> the reading type
 */
public final class DropDuplicates<T extends ReadingIdentity> extends KeyedProcessFunction<String, T, T>
        implements ResultTypeQueryable<T> {

    private static final long serialVersionUID = 1L;
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final Class<T> type;
    private final long allowedLatenessMs;
    private transient MapState<String, Long> seen;

    public DropDuplicates(Class<T> type, Duration allowedLateness) {
        this.type = Objects.requireNonNull(type, "type");
        this.allowedLatenessMs = allowedLateness.toMillis();
    }

    /** Side output of the repeats that were dropped. */
    public OutputTag<T> duplicates() {
        return new OutputTag<>("duplicate-readings", getProducedType());
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }

    @Override
    public void open(OpenContext openContext) {
        seen = getRuntimeContext().getMapState(new MapStateDescriptor<>("seen-readings", Types.STRING, Types.LONG));
    }

    @Override
    public void processElement(T reading, Context ctx, Collector<T> out) throws Exception {
        String identity = reading.eventTime() + "/" + (reading.seq() == null ? "-" : reading.seq());
        if (seen.contains(identity)) {
            ctx.output(duplicates(), reading);
            return;
        }
        long forgetAt = forgetAt(reading.eventTime());
        seen.put(identity, forgetAt);
        ctx.timerService().registerEventTimeTimer(forgetAt);
        out.collect(reading);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<T> out) throws Exception {
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, Long> entry : seen.entries()) {
            if (entry.getValue() <= timestamp) {
                expired.add(entry.getKey());
            }
        }
        for (String identity : expired) {
            seen.remove(identity);
        }
    }

    private long forgetAt(long eventTime) {
        long utcHourStart = Math.floorDiv(eventTime, HOUR) * HOUR;
        return utcHourStart + 2 * HOUR + allowedLatenessMs - 1;
    }
}
