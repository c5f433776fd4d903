package io.cityops.jobs.air;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.Pollutant;
import io.cityops.ingest.reading.RejectReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Hourly means per station and pollutant, in event time, keyed by station.
 *
 * <p>An hour is published when the watermark passes its end (revision 0). A late reading within the
 * allowed lateness updates the hour and republishes it at once with the next revision. When the
 * watermark passes the hour's end plus the allowed lateness the hour is published a last time with
 * {@code finalResult = true} and its state is dropped; readings for it after that go to
 * {@link #TOO_LATE} as dead letters with reason {@code too_late}.
 *
 * <p>Means are exact decimals of the readings; a pollutant's mean is valid with at least 45 minutes of
 * data, judged by the reporting-interval slots its readings cover (a station reporting every 5 minutes
 * needs 9 of the 12 slots; one reporting every minute 45 distinct minutes).
 */
public final class StationHourlyMeans extends KeyedProcessFunction<String, AirSample, HourlyMeans> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> TOO_LATE = new OutputTag<>("too-late-readings") {
    };

    private final AirNetwork network;
    private final long allowedLatenessMs;
    private transient MapState<Long, HourAccumulator> hours;

    public StationHourlyMeans(AirNetwork network, Duration allowedLateness) {
        this.network = Objects.requireNonNull(network, "network");
        this.allowedLatenessMs = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        hours = getRuntimeContext().getMapState(new MapStateDescriptor<>("hours", Types.LONG,
                TypeInformation.of(HourAccumulator.class)));
    }

    @Override
    public void processElement(AirSample sample, Context ctx, Collector<HourlyMeans> out) throws Exception {
        long hourStart = LocalPeriods.hourStart(sample.eventTime(), network.zone());
        long hourEnd = hourStart + LocalPeriods.HOUR_MS;
        long watermark = ctx.timerService().currentWatermark();
        if (finalAt(hourEnd) <= watermark) {
            ctx.output(TOO_LATE, tooLate(sample, hourStart, watermark, ctx.timerService().currentProcessingTime()));
            return;
        }
        String station = sample.sensorId();
        int slotSeconds = HourAccumulator.slotSeconds(network.reportingIntervalSeconds(station));
        HourAccumulator previous = hours.get(hourStart);
        HourAccumulator acc = (previous == null ? HourAccumulator.empty() : previous).plus(sample, hourStart, slotSeconds);
        if (acc.emitted()) {
            acc = acc.revised();
            out.collect(means(station, hourStart, acc, false));
        } else if (hourEnd - 1 <= watermark) {
            // the first reading of an hour that has already closed: publish it now, not at the next watermark
            acc = acc.published();
            out.collect(means(station, hourStart, acc, false));
        } else {
            ctx.timerService().registerEventTimeTimer(hourEnd - 1);
        }
        ctx.timerService().registerEventTimeTimer(finalAt(hourEnd));
        hours.put(hourStart, acc);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<HourlyMeans> out) throws Exception {
        String station = ctx.getCurrentKey();
        List<Long> done = new ArrayList<>();
        List<Map.Entry<Long, HourAccumulator>> updates = new ArrayList<>();
        for (Map.Entry<Long, HourAccumulator> entry : hours.entries()) {
            long hourStart = entry.getKey();
            long hourEnd = hourStart + LocalPeriods.HOUR_MS;
            HourAccumulator acc = entry.getValue();
            boolean finalNow = finalAt(hourEnd) <= timestamp;
            if (!acc.emitted() && hourEnd - 1 <= timestamp) {
                out.collect(means(station, hourStart, acc, finalNow));
                updates.add(Map.entry(hourStart, acc.published()));
            } else if (acc.emitted() && finalNow) {
                out.collect(means(station, hourStart, acc, true));
            }
            if (finalNow) {
                done.add(hourStart);
            }
        }
        for (Map.Entry<Long, HourAccumulator> update : updates) {
            hours.put(update.getKey(), update.getValue());
        }
        for (Long hourStart : done) {
            hours.remove(hourStart);
        }
    }

    private long finalAt(long hourEnd) {
        return hourEnd + allowedLatenessMs - 1;
    }

    private HourlyMeans means(String station, long hourStart, HourAccumulator acc, boolean finalResult) {
        int slotSeconds = HourAccumulator.slotSeconds(network.reportingIntervalSeconds(station));
        Set<Pollutant> measured = network.measured(station, AirSubjects.STATION);
        PollutantValues means = acc.validMeans(slotSeconds);
        return new HourlyMeans(station, AirSubjects.STATION, hourStart, means, acc.complete(measured, slotSeconds),
                means.isEmpty() ? List.of() : List.of(station), 1, acc.revision(), finalResult);
    }

    private DeadLetter tooLate(AirSample sample, long hourStart, long watermark, long processingTime) {
        String detail = "ts " + Instant.ofEpochMilli(sample.eventTime()) + " belongs to the hour from "
                + LocalPeriods.local(hourStart, network.zone()).toOffsetDateTime() + ", final since the event time passed "
                + LocalPeriods.local(hourStart + LocalPeriods.HOUR_MS + allowedLatenessMs, network.zone()).toOffsetDateTime()
                + " (allowed lateness " + Duration.ofMillis(allowedLatenessMs) + "; event time now "
                + Instant.ofEpochMilli(watermark) + ")";
        return new DeadLetter(RejectReason.TOO_LATE.code(), detail, sample.sensorId(), sample.payload(),
                Instant.ofEpochMilli(processingTime), DeadLetter.STAGE_EVENT_TIME);
    }
}
