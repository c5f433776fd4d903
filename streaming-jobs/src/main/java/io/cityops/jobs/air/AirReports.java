package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Hourly and daily AQI reports and the year to date, per station or region (keyed by subject).
 *
 * <p>Keeps the subject's recent hourly means (a little over a day and a quarter: the 24-hour windows
 * and the previous evening's hours that the day's 8-hour O3 windows reach into).
 * <ul>
 *   <li>Every hourly means received (first publication, revision or final flag) yields the hour's report
 *       with its rolling means. A revision also revises the reports already published whose rolling
 *       windows contain that hour, and the daily reports that contain it.</li>
 *   <li>A local day's report is published when the watermark passes the day's end, revised while late
 *       hours arrive, and final when the day's end plus the allowed lateness has passed.</li>
 *   <li>For regions, every daily report is followed by the year to date ({@link #YEAR_TO_DATE}); a year's
 *       day outcomes are kept until the year's end plus the allowed lateness.</li>
 * </ul>
 */
public final class AirReports extends KeyedProcessFunction<String, HourlyMeans, AirResult> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<AirResult> DAILY = new OutputTag<>("air-daily") {
    };
    public static final OutputTag<AirYtdResult> YEAR_TO_DATE = new OutputTag<>("air-year-to-date") {
    };

    /** How long an hour stays: its 24-hour windows and the 8-hour windows of the next day's first hours. */
    private static final long HOUR_RETENTION_MS = 32 * LocalPeriods.HOUR_MS;

    private final AirNetwork network;
    private final long allowedLatenessMs;
    private transient MapState<Long, HourEntry> hours;
    private transient MapState<Long, DayEntry> days;
    private transient MapState<Long, DayOutcome> outcomes;

    public AirReports(AirNetwork network, Duration allowedLateness) {
        this.network = Objects.requireNonNull(network, "network");
        this.allowedLatenessMs = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        hours = getRuntimeContext().getMapState(new MapStateDescriptor<>("report-hours", Types.LONG,
                TypeInformation.of(HourEntry.class)));
        days = getRuntimeContext().getMapState(new MapStateDescriptor<>("report-days", Types.LONG,
                TypeInformation.of(DayEntry.class)));
        outcomes = getRuntimeContext().getMapState(new MapStateDescriptor<>("year-to-date-days", Types.LONG,
                TypeInformation.of(DayOutcome.class)));
    }

    @Override
    public void processElement(HourlyMeans means, Context ctx, Collector<AirResult> out) throws Exception {
        long hourStart = means.hourStart();
        HourEntry previous = hours.get(hourStart);
        boolean changed = previous == null || !previous.means().sameFigures(means);
        boolean becameFinal = means.finalResult() && (previous == null || !previous.means().finalResult());
        if (!changed && !becameFinal) {
            return;
        }
        int revision = previous == null ? 0
                : previous.reportRevision() + (changed && previous.reported() ? 1 : 0);
        hours.put(hourStart, new HourEntry(means, revision, true));
        ctx.timerService().registerEventTimeTimer(hourStart + HOUR_RETENTION_MS + allowedLatenessMs - 1);

        NavigableMap<Long, HourlyMeans> recent = recentHours();
        Set<Pollutant> measured = network.measured(means.subject(), means.subjectType());
        out.collect(HourlyReports.report(recent, hourStart, measured, revision, means.finalResult()));

        long dayStart = LocalPeriods.dayStart(hourStart, network.zone());
        long dayEnd = LocalPeriods.dayEnd(dayStart, network.zone());
        if (!days.contains(dayStart) && finalAt(dayEnd) > ctx.timerService().currentWatermark()) {
            days.put(dayStart, new DayEntry(dayEnd, 0, false));
            ctx.timerService().registerEventTimeTimer(dayEnd - 1);
            ctx.timerService().registerEventTimeTimer(finalAt(dayEnd));
        }
        if (changed) {
            reviseLaterHours(hourStart, recent, measured, out);
            reviseDays(hourStart, recent, measured, ctx, means);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AirResult> out) throws Exception {
        String[] subject = subjectOf(ctx.getCurrentKey());
        String subjectType = subject[0];
        String id = subject[1];
        NavigableMap<Long, HourlyMeans> recent = recentHours();
        Set<Pollutant> measured = network.measured(id, subjectType);

        List<Map.Entry<Long, DayEntry>> dayEntries = new ArrayList<>();
        days.entries().forEach(dayEntries::add);
        for (Map.Entry<Long, DayEntry> entry : dayEntries) {
            long dayStart = entry.getKey();
            DayEntry day = entry.getValue();
            boolean finalNow = finalAt(day.dayEnd()) <= timestamp;
            if (!day.reported() && day.dayEnd() - 1 <= timestamp) {
                day = day.published();
                publishDay(id, subjectType, dayStart, day, recent, measured, finalNow, ctx, timestamp);
            } else if (day.reported() && finalNow) {
                publishDay(id, subjectType, dayStart, day, recent, measured, true, ctx, timestamp);
            }
            if (finalNow) {
                days.remove(dayStart);
            } else {
                days.put(dayStart, day);
            }
        }

        List<Long> expiredHours = new ArrayList<>();
        for (Long hourStart : hours.keys()) {
            if (hourStart + HOUR_RETENTION_MS + allowedLatenessMs - 1 <= timestamp) {
                expiredHours.add(hourStart);
            }
        }
        for (Long hourStart : expiredHours) {
            hours.remove(hourStart);
        }

        List<Long> expiredDays = new ArrayList<>();
        for (Map.Entry<Long, DayOutcome> entry : outcomes.entries()) {
            if (finalAt(LocalPeriods.yearEnd(entry.getValue().year(), network.zone())) <= timestamp) {
                expiredDays.add(entry.getKey());
            }
        }
        for (Long dayStart : expiredDays) {
            outcomes.remove(dayStart);
        }
    }

    private long finalAt(long periodEnd) {
        return periodEnd + allowedLatenessMs - 1;
    }

    /** Republishes, with the next revision, the hourly reports whose 24-hour or 8-hour windows contain the revised hour. */
    private void reviseLaterHours(long hourStart, NavigableMap<Long, HourlyMeans> recent, Set<Pollutant> measured,
                                  Collector<AirResult> out) throws Exception {
        long lastAffected = hourStart + (RollingMeans.DAY_HOURS - 1) * LocalPeriods.HOUR_MS;
        for (Long later : new ArrayList<>(recent.subMap(hourStart, false, lastAffected, true).keySet())) {
            HourEntry entry = hours.get(later);
            if (entry != null && entry.reported()) {
                HourEntry revised = new HourEntry(entry.means(), entry.reportRevision() + 1, true);
                hours.put(later, revised);
                out.collect(HourlyReports.report(recent, later, measured, revised.reportRevision(),
                        entry.means().finalResult()));
            }
        }
    }

    /** Republishes the daily reports already published that the revised hour belongs to (its day, and the day its 8-hour windows reach). */
    private void reviseDays(long hourStart, NavigableMap<Long, HourlyMeans> recent, Set<Pollutant> measured,
                            Context ctx, HourlyMeans means) throws Exception {
        Set<Long> affected = new LinkedHashSet<>();
        affected.add(LocalPeriods.dayStart(hourStart, network.zone()));
        affected.add(LocalPeriods.dayStart(hourStart + (RollingMeans.EIGHT_HOURS - 1) * LocalPeriods.HOUR_MS,
                network.zone()));
        for (Long dayStart : affected) {
            DayEntry day = days.get(dayStart);
            if (day != null && day.reported()) {
                DayEntry revised = day.revised();
                days.put(dayStart, revised);
                publishDay(means.subject(), means.subjectType(), dayStart, revised, recent, measured, false, ctx,
                        ctx.timerService().currentWatermark());
            }
        }
    }

    private void publishDay(String subject, String subjectType, long dayStart, DayEntry day,
                            NavigableMap<Long, HourlyMeans> recent, Set<Pollutant> measured, boolean finalResult,
                            Context ctx, long eventTime) throws Exception {
        int expected = AirSubjects.REGION.equals(subjectType) ? network.expectedStations(subject) : 1;
        DailyReports.Daily daily = DailyReports.report(subject, subjectType, dayStart, day.dayEnd(), recent, measured,
                expected, day.revision(), finalResult);
        ctx.output(DAILY, daily.result());
        if (!AirSubjects.REGION.equals(subjectType)) {
            return;
        }
        AirResult result = daily.result();
        int year = LocalPeriods.year(dayStart, network.zone());
        boolean validDay = result.valid() && result.aqi() != null;
        outcomes.put(dayStart, new DayOutcome(year, validDay, validDay && result.aqi() <= 100, daily.pm25Mean()));
        long yearFinal = finalAt(LocalPeriods.yearEnd(year, network.zone()));
        if (yearFinal > eventTime) {
            ctx.timerService().registerEventTimeTimer(yearFinal);
        }
        ctx.output(YEAR_TO_DATE, YearToDate.of(subject, year, outcomes.entries(), network, finalResult));
    }

    private NavigableMap<Long, HourlyMeans> recentHours() throws Exception {
        NavigableMap<Long, HourlyMeans> recent = new TreeMap<>();
        for (Map.Entry<Long, HourEntry> entry : hours.entries()) {
            recent.put(entry.getKey(), entry.getValue().means());
        }
        return recent;
    }

    private static String[] subjectOf(String key) {
        int slash = key.indexOf('/');
        return new String[] {key.substring(0, slash), key.substring(slash + 1)};
    }
}
