package io.cityops.jobs.network;

import io.cityops.jobs.network.congestion.BusyHour;
import io.cityops.jobs.network.kpi.Kpis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per subject (keyed by {@link PeriodResult#subjectKey()}): rolls reporting periods up into local hours
 * and local days, emitted once the event time has passed the hour's or day's end plus the allowed
 * lateness. A day of a site or region also names its busy hour (the hour with the most traffic).
 */
public final class Rollups extends KeyedProcessFunction<String, PeriodResult, PeriodResult> {

    private static final long serialVersionUID = 1L;

    private final NetworkPeriods periods;
    private final long latenessMs;
    private transient MapState<Long, PeriodResult> hours;
    private transient MapState<Long, PeriodResult> days;
    private transient MapState<Long, BusyHour> busyHours;

    public Rollups(NetworkPeriods periods, Duration allowedLateness) {
        this.periods = Objects.requireNonNull(periods, "periods");
        this.latenessMs = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        TypeInformation<PeriodResult> type = TypeInformation.of(PeriodResult.class);
        hours = getRuntimeContext().getMapState(new MapStateDescriptor<>("rollup-hours", Types.LONG, type));
        days = getRuntimeContext().getMapState(new MapStateDescriptor<>("rollup-days", Types.LONG, type));
        busyHours = getRuntimeContext().getMapState(new MapStateDescriptor<>("busy-hours", Types.LONG,
                TypeInformation.of(BusyHour.class)));
    }

    @Override
    public void processElement(PeriodResult period, Context ctx, Collector<PeriodResult> out) throws Exception {
        long hourStart = periods.hourStart(period.start());
        long dayStart = periods.dayStart(period.start());
        hours.put(hourStart, add(hours.get(hourStart), period, PeriodResult.Resolution.HOUR, hourStart,
                periods.hourEnd(hourStart)));
        days.put(dayStart, add(days.get(dayStart), period, PeriodResult.Resolution.DAY, dayStart, periods.dayEnd(dayStart)));
        ctx.timerService().registerEventTimeTimer(periods.hourEnd(hourStart) + latenessMs);
        ctx.timerService().registerEventTimeTimer(periods.dayEnd(dayStart) + latenessMs);
    }

    private static PeriodResult add(PeriodResult sum, PeriodResult period, PeriodResult.Resolution resolution,
                                    long start, long end) {
        if (sum == null) {
            return period.withSpan(resolution, start, end, period.sums(), period.congested(), period.congestedCells(),
                    period.sitesReporting(), -1);
        }
        Boolean congested = sum.congested() == null ? null : sum.congested() || Boolean.TRUE.equals(period.congested());
        return sum.withSpan(resolution, start, end, sum.sums().plusPeriod(period.sums()), congested,
                Math.max(sum.congestedCells(), period.congestedCells()),
                Math.max(sum.sitesReporting(), period.sitesReporting()), -1);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<PeriodResult> out) throws Exception {
        // hours first: the last hour of a day closes at the same instant as the day and names its busy hour
        for (long hourStart : due(hours, timestamp)) {
            PeriodResult hour = hours.get(hourStart);
            hours.remove(hourStart);
            out.collect(hour);
            long dayStart = periods.dayStart(hourStart);
            BusyHour busy = busyHours.get(dayStart);
            Kpis kpis = hour.sums().kpis();
            busyHours.put(dayStart, (busy == null ? BusyHour.NONE : busy).consider(hourStart, kpis.trafficGb()));
        }
        for (long dayStart : due(days, timestamp)) {
            PeriodResult day = days.get(dayStart);
            days.remove(dayStart);
            BusyHour busy = busyHours.get(dayStart);
            busyHours.remove(dayStart);
            boolean named = busy != null && busy.isKnown() && !PeriodResult.CELL.equals(day.subjectType());
            out.collect(day.withSpan(day.resolution(), day.start(), day.end(), day.sums(), day.congested(),
                    day.congestedCells(), day.sitesReporting(), named ? busy.hourStart() : -1));
        }
    }

    private List<Long> due(MapState<Long, PeriodResult> spans, long timestamp) throws Exception {
        List<Long> due = new ArrayList<>();
        for (Map.Entry<Long, PeriodResult> entry : spans.entries()) {
            if (entry.getValue().end() + latenessMs <= timestamp) {
                due.add(entry.getKey());
            }
        }
        Collections.sort(due);
        return due;
    }
}
