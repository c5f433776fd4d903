package io.cityops.jobs.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per region (keyed by region id): adds up its sites' contributions to one reporting period and emits
 * the region's result when the event time passes the same point at which the sites' results were
 * emitted — by then every site result of the period has arrived, because each one travels ahead of
 * the watermark that released it.
 */
public final class RegionPeriods extends KeyedProcessFunction<String, PeriodResult, PeriodResult> {

    private static final long serialVersionUID = 1L;

    private final long latenessMs;
    private transient MapState<Long, PeriodResult> partial;

    public RegionPeriods(Duration allowedLateness) {
        this.latenessMs = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        partial = getRuntimeContext().getMapState(new MapStateDescriptor<>("region-periods", Types.LONG,
                TypeInformation.of(PeriodResult.class)));
    }

    @Override
    public void processElement(PeriodResult site, Context ctx, Collector<PeriodResult> out) throws Exception {
        PeriodResult sum = partial.get(site.start());
        if (sum == null) {
            sum = site;
        } else {
            sum = sum.withSpan(sum.resolution(), sum.start(), sum.end(), sum.sums().plusSubject(site.sums()), null,
                    sum.congestedCells() + site.congestedCells(), sum.sitesReporting() + site.sitesReporting(), -1);
        }
        partial.put(site.start(), sum);
        ctx.timerService().registerEventTimeTimer(site.end() + latenessMs);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<PeriodResult> out) throws Exception {
        for (Long start : keysEndingBy(timestamp)) {
            out.collect(partial.get(start));
            partial.remove(start);
        }
    }

    private List<Long> keysEndingBy(long timestamp) throws Exception {
        List<Long> due = new ArrayList<>();
        for (Map.Entry<Long, PeriodResult> entry : partial.entries()) {
            if (entry.getValue().end() + latenessMs <= timestamp) {
                due.add(entry.getKey());
            }
        }
        Collections.sort(due);
        return due;
    }
}
