package io.cityops.jobs.energy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Hourly, daily, month-to-date and year-to-date totals of one subject (meter, entity or region), keyed
 * by subject, with pace, intensity and barometer (see {@link SubjectFigures}).
 *
 * <p>Contributions are added as they come; an hour is published when the watermark passes its end, with
 * all contributions that came before, so a region's hour is written once rather than once per meter. A
 * contribution to an hour the watermark has already passed is published at once.
 * An hour is published again as final when the watermark passes its end plus the allowed lateness;
 * a meter reporting after a longer gap still adds to it and republishes it. Hours are kept 8 days,
 * days 40 and months 400 after their end: contributions older than that (a meter silent for over a
 * week) still count in the year but rebuild the evicted periods from themselves only.
 */
final class SubjectTotals extends KeyedProcessFunction<String, Contribution, EnergyResult> {

    private static final long serialVersionUID = 1L;
    private static final long HOUR_RETENTION = Duration.ofDays(8).toMillis();
    private static final long DAY_RETENTION = Duration.ofDays(40).toMillis();
    private static final long MONTH_RETENTION = Duration.ofDays(400).toMillis();
    private static final long YEAR_RETENTION = Duration.ofDays(800).toMillis();

    private final SubjectFigures figures;
    private final ZoneId zone;
    private final long allowedLatenessMs;
    private final long replayLagMs;

    private transient ValueState<String> subjectType;
    private transient MapState<Long, HourEntry> hours;
    private transient MapState<Long, EnergyTotals> days;
    private transient MapState<Long, EnergyTotals> months;
    private transient MapState<Integer, YearTotals> years;
    private transient MapState<Long, Boolean> dirty;

    SubjectTotals(SubjectFigures figures, ZoneId zone, Duration allowedLateness, Duration replayLag) {
        this.figures = Objects.requireNonNull(figures, "figures");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.allowedLatenessMs = allowedLateness.toMillis();
        this.replayLagMs = replayLag.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        TypeInformation<EnergyTotals> totals = TypeInformation.of(EnergyTotals.class);
        subjectType = getRuntimeContext().getState(new ValueStateDescriptor<>("subject-type", Types.STRING));
        hours = getRuntimeContext().getMapState(new MapStateDescriptor<>("hours", Types.LONG, TypeInformation.of(HourEntry.class)));
        days = getRuntimeContext().getMapState(new MapStateDescriptor<>("days", Types.LONG, totals));
        months = getRuntimeContext().getMapState(new MapStateDescriptor<>("months", Types.LONG, totals));
        years = getRuntimeContext().getMapState(new MapStateDescriptor<>("years", Types.INT, TypeInformation.of(YearTotals.class)));
        dirty = getRuntimeContext().getMapState(new MapStateDescriptor<>("dirty-hours", Types.LONG, Types.BOOLEAN));
    }

    @Override
    public void processElement(Contribution c, Context ctx, Collector<EnergyResult> out) throws Exception {
        subjectType.update(c.subjectType());
        long hourStart = c.hourStart();
        long hourEnd = LocalHours.hourEnd(hourStart, zone);
        HourEntry hour = hours.get(hourStart);
        hours.put(hourStart, new HourEntry(hour == null ? c.totals() : hour.totals().plus(c.totals()), false));
        long day = LocalHours.dayStart(hourStart, zone);
        days.put(day, add(days.get(day), c.totals()));
        long month = LocalHours.monthStart(hourStart, zone);
        months.put(month, add(months.get(month), c.totals()));
        int y = LocalHours.year(hourStart, zone);
        YearTotals year = years.get(y);
        years.put(y, year == null ? new YearTotals(c.totals(), hourStart, hourEnd)
                : new YearTotals(year.totals().plus(c.totals()), Math.min(year.firstSeen(), hourStart), Math.max(year.asOf(), hourEnd)));
        dirty.put(hourStart, Boolean.TRUE);

        long watermark = ctx.timerService().currentWatermark();
        ctx.timerService().registerEventTimeTimer(hourEnd + allowedLatenessMs - 1);
        ctx.timerService().registerEventTimeTimer(hourEnd + HOUR_RETENTION);
        if (hourEnd - 1 <= watermark) {
            // The watermark already passed the hour (the contribution came over a channel it overtook):
            // publish now rather than at the next advance, which a quiet stream may not bring.
            publish(watermark, ctx.getCurrentKey(), ctx.timerService().currentProcessingTime(), out);
        } else {
            // Published together with the hour's other contributions when the watermark passes its end.
            ctx.timerService().registerEventTimeTimer(hourEnd - 1);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EnergyResult> out) throws Exception {
        publish(timestamp, ctx.getCurrentKey(), ctx.timerService().currentProcessingTime(), out);
        evict(timestamp);
    }

    /** Publishes the hours changed since the last publication, and those turning final at {@code timestamp}. */
    private void publish(long timestamp, String subject, long now, Collector<EnergyResult> out) throws Exception {
        String type = subjectType.value();
        TreeSet<Long> publish = new TreeSet<>();
        for (Long hourStart : dirty.keys()) {
            publish.add(hourStart);
        }
        for (Map.Entry<Long, HourEntry> entry : hours.entries()) {
            if (!entry.getValue().finalEmitted() && isFinal(entry.getKey(), timestamp)) {
                publish.add(entry.getKey());
            }
        }
        for (Long hourStart : publish) {
            HourEntry hour = hours.get(hourStart);
            if (hour == null) {
                continue;
            }
            boolean finalHour = isFinal(hourStart, timestamp);
            YearTotals year = years.get(LocalHours.year(hourStart, zone));
            boolean replayed = now - year.asOf() > replayLagMs;
            out.collect(figures.result(subject, type, hourStart, hour.totals(), days.get(LocalHours.dayStart(hourStart, zone)),
                    months.get(LocalHours.monthStart(hourStart, zone)), year, finalHour, replayed));
            if (finalHour) {
                hours.put(hourStart, new HourEntry(hour.totals(), true));
            }
        }
        dirty.clear();
    }

    private boolean isFinal(long hourStart, long watermark) {
        return LocalHours.hourEnd(hourStart, zone) + allowedLatenessMs - 1 <= watermark;
    }

    private void evict(long watermark) throws Exception {
        List<Long> oldHours = new ArrayList<>();
        for (Long hourStart : hours.keys()) {
            if (LocalHours.hourEnd(hourStart, zone) + HOUR_RETENTION <= watermark) {
                oldHours.add(hourStart);
            }
        }
        for (Long hourStart : oldHours) {
            hours.remove(hourStart);
        }
        removeOlder(days, DAY_RETENTION, watermark);
        removeOlder(months, MONTH_RETENTION, watermark);
        List<Integer> oldYears = new ArrayList<>();
        for (Integer y : years.keys()) {
            if (LocalHours.yearStart(y + 1, zone) + YEAR_RETENTION <= watermark) {
                oldYears.add(y);
            }
        }
        for (Integer y : oldYears) {
            years.remove(y);
        }
    }

    private static void removeOlder(MapState<Long, EnergyTotals> periods, long retention, long watermark) throws Exception {
        List<Long> old = new ArrayList<>();
        for (Long start : periods.keys()) {
            if (start + retention <= watermark) {
                old.add(start);
            }
        }
        for (Long start : old) {
            periods.remove(start);
        }
    }

    private static EnergyTotals add(EnergyTotals sum, EnergyTotals more) {
        return sum == null ? more : sum.plus(more);
    }
}
