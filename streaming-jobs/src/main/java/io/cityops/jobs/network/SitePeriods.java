package io.cityops.jobs.network;

import io.cityops.ingest.catalogue.NetworkCatalogue;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.jobs.network.congestion.CongestionRule;
import io.cityops.jobs.network.kpi.KpiSums;
import io.cityops.jobs.network.kpi.Mean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Per site (keyed by site id): collects its cells' counter reports and its power meter's samples per
 * reporting period, and once the event time has passed the period's end plus the allowed lateness emits
 * one {@link PeriodResult} per cell that reported (with its congestion state) and one for the site.
 * Readings for a period already emitted go to {@link #TOO_LATE} as dead letters with reason
 * {@code too_late}.
 */
public final class SitePeriods extends KeyedProcessFunction<String, NetworkSample, PeriodResult> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> TOO_LATE = new OutputTag<>("network-too-late-readings") {
    };

    private final NetworkTopology topology;
    private final long latenessMs;
    private transient MapState<String, KpiSums> cellPeriods;
    private transient MapState<Long, Mean> power;
    private transient MapState<Integer, CongestionRule.HighRun> runs;

    public SitePeriods(NetworkTopology topology, Duration allowedLateness) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.latenessMs = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        cellPeriods = getRuntimeContext().getMapState(new MapStateDescriptor<>("cell-periods", Types.STRING,
                TypeInformation.of(KpiSums.class)));
        power = getRuntimeContext().getMapState(new MapStateDescriptor<>("power-periods", Types.LONG,
                TypeInformation.of(Mean.class)));
        runs = getRuntimeContext().getMapState(new MapStateDescriptor<>("congestion-runs", Types.INT,
                TypeInformation.of(CongestionRule.HighRun.class)));
    }

    @Override
    public void processElement(NetworkSample sample, Context ctx, Collector<PeriodResult> out) throws Exception {
        NetworkPeriods periods = topology.periods();
        long periodStart = sample.isCellReport() ? periods.periodStartOfReport(sample.eventTime())
                : periods.periodStartOfSample(sample.eventTime());
        long closeAt = periodStart + periods.periodMs() + latenessMs;
        if (closeAt <= ctx.timerService().currentWatermark()) {
            ctx.output(TOO_LATE, tooLate(sample, periodStart, ctx.timerService().currentProcessingTime()));
            return;
        }
        if (sample.isCellReport()) {
            // a repeated report for the same period replaces the earlier one (the OSS re-sent corrected counters)
            cellPeriods.put(cellKey(periodStart, sample.cell()), KpiSums.ofCell(sample.counters()));
        } else if (sample.powerW() != null) {
            Mean previous = power.get(periodStart);
            power.put(periodStart, (previous == null ? Mean.NONE : previous).plus(Mean.of(sample.powerW())));
        }
        ctx.timerService().registerEventTimeTimer(closeAt);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<PeriodResult> out) throws Exception {
        NetworkPeriods periods = topology.periods();
        long periodStart = timestamp - latenessMs - periods.periodMs();
        long periodEnd = periodStart + periods.periodMs();
        NetworkCatalogue.Site site = topology.site(ctx.getCurrentKey());
        CongestionRule rule = topology.congestionRule();

        KpiSums siteSums = KpiSums.EMPTY;
        int congestedCells = 0;
        List<PeriodResult> cells = new ArrayList<>();
        for (int cell = 1; cell <= site.cells().size(); cell++) {
            String key = cellKey(periodStart, cell);
            KpiSums sums = cellPeriods.get(key);
            CongestionRule.HighRun previous = runs.get(cell);
            CongestionRule.HighRun run = rule.next(previous == null ? CongestionRule.HighRun.NONE : previous, periodStart,
                    sums == null ? null : sums.kpis().prbDlPct());
            if (run.isRunning()) {
                runs.put(cell, run);
            } else {
                runs.remove(cell);
            }
            if (sums == null) {
                continue;
            }
            cellPeriods.remove(key);
            boolean congested = rule.congested(run);
            if (congested) {
                congestedCells++;
            }
            siteSums = siteSums.plusSubject(sums);
            cells.add(new PeriodResult(PeriodResult.CELL, site.cells().get(cell - 1), site.id(), site.subDistrict(),
                    PeriodResult.Resolution.PERIOD, periodStart, periodEnd, sums, congested, congested ? 1 : 0, 1, 1, -1));
        }
        Mean powerSamples = power.get(periodStart);
        if (powerSamples != null) {
            power.remove(periodStart);
            siteSums = siteSums.plusSubject(KpiSums.ofPower(powerSamples, periods.period()));
        }
        cells.forEach(out::collect);
        if (siteSums.periods() > 0) {
            out.collect(new PeriodResult(PeriodResult.SITE, site.id(), site.id(), site.subDistrict(),
                    PeriodResult.Resolution.PERIOD, periodStart, periodEnd, siteSums, null, congestedCells,
                    siteSums.cellPeriods() > 0 ? 1 : 0, 1, -1));
        }
    }

    private static String cellKey(long periodStart, int cell) {
        return periodStart + "/" + cell;
    }

    private DeadLetter tooLate(NetworkSample sample, long periodStart, long now) {
        return new DeadLetter(RejectReason.TOO_LATE.code(), "the period from " + Instant.ofEpochMilli(periodStart)
                + " was already reported (allowed lateness " + Duration.ofMillis(latenessMs) + ")", sample.sensorId(),
                sample.payload(), Instant.ofEpochMilli(now), DeadLetter.STAGE_EVENT_TIME);
    }
}
