package io.cityops.jobs.energy;

import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.RejectReason;
import io.cityops.jobs.energy.rules.Converter;
import io.cityops.jobs.energy.rules.CounterDeltas;
import io.cityops.jobs.energy.rules.CounterStep;
import io.cityops.jobs.energy.rules.HourShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Cumulative counters to consumption per local clock hour, keyed by meter, in event time.
 *
 * <p>Readings wait until the watermark passes them and are then applied in time order, each against
 * the last applied value (see {@link CounterDeltas}): an advance is spread over the hours it covers, a
 * counter going down is a reset or swap ({@link #METER_EVENTS}, new baseline, nothing booked), an advance
 * beyond the meter's plausible maximum is a dead letter and leaves the baseline as it was.
 *
 * <p>An hour is emitted once, complete, as soon as an applied reading lies at or after its end; a
 * meter silent for a while emits the hours of its gap when it reports again. A reading older than
 * the last applied one is too late: the advance it belonged to is already booked (spread over the
 * interval between its neighbours), so it goes to the dead letters with reason {@code too_late}.
 */
public final class MeterHours extends KeyedProcessFunction<String, EnergySample, MeterHour> {

    private static final long serialVersionUID = 1L;

    /** Reason code of an advance beyond the meter's plausible maximum rate. */
    public static final String REASON_IMPLAUSIBLE_ADVANCE = "implausible_advance";
    /** Dead-letter stage of counter checks. */
    public static final String STAGE_COUNTER = "counter";

    public static final OutputTag<DeadLetter> REJECTED = new OutputTag<>("energy-counter-dead-letters") {
    };
    public static final OutputTag<MeterEvent> METER_EVENTS = new OutputTag<>("energy-meter-events") {
    };

    private final Map<String, EnergyMeter> meters;
    private final Converter converter;
    private final ZoneId zone;

    private transient MapState<Long, EnergySample> pending;
    private transient ValueState<CounterBaseline> baseline;
    private transient MapState<Long, BigDecimal> openHours;

    public MeterHours(List<EnergyMeter> meters, Converter converter, ZoneId zone) {
        this.meters = new TreeMap<>();
        meters.forEach(m -> this.meters.put(m.id(), m));
        this.converter = Objects.requireNonNull(converter, "converter");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void open(OpenContext openContext) {
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-readings", Types.LONG,
                TypeInformation.of(EnergySample.class)));
        baseline = getRuntimeContext().getState(new ValueStateDescriptor<>("counter-baseline",
                TypeInformation.of(CounterBaseline.class)));
        openHours = getRuntimeContext().getMapState(new MapStateDescriptor<>("open-hours", Types.LONG, Types.BIG_DEC));
    }

    @Override
    public void processElement(EnergySample sample, Context ctx, Collector<MeterHour> out) throws Exception {
        CounterBaseline last = baseline.value();
        if (last != null && sample.eventTime() <= last.eventTime()) {
            ctx.output(REJECTED, new DeadLetter(RejectReason.TOO_LATE.code(), "ts " + Instant.ofEpochMilli(sample.eventTime())
                    + " is not after the meter's last applied reading at " + Instant.ofEpochMilli(last.eventTime())
                    + "; the advance it belongs to is already booked", sample.sensorId(), sample.payload(),
                    Instant.ofEpochMilli(ctx.timerService().currentProcessingTime()), DeadLetter.STAGE_EVENT_TIME));
            return;
        }
        // A second reading with the same time but another sequence number: the later arrival wins.
        pending.put(sample.eventTime(), sample);
        long watermark = ctx.timerService().currentWatermark();
        if (sample.eventTime() <= watermark) {
            // The watermark already passed it (it came over a channel the watermark overtook): a timer
            // would wait for the next advance, which a quiet meter may not bring for a long time.
            applyDue(watermark, ctx, ctx.getCurrentKey(), out);
        } else {
            ctx.timerService().registerEventTimeTimer(sample.eventTime());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<MeterHour> out) throws Exception {
        applyDue(timestamp, ctx, ctx.getCurrentKey(), out);
    }

    /** Applies the pending readings up to {@code upTo} in time order and emits the hours they complete. */
    private void applyDue(long upTo, Context ctx, String meterId, Collector<MeterHour> out) throws Exception {
        TreeMap<Long, EnergySample> due = new TreeMap<>();
        for (Map.Entry<Long, EnergySample> entry : pending.entries()) {
            if (entry.getKey() <= upTo) {
                due.put(entry.getKey(), entry.getValue());
            }
        }
        for (Long time : due.keySet()) {
            pending.remove(time);
        }
        for (EnergySample sample : due.values()) {
            apply(sample, ctx);
        }
        emitCompleteHours(meterId, out);
    }

    private void apply(EnergySample sample, Context ctx) throws Exception {
        EnergyMeter meter = meters.get(sample.sensorId());
        CounterBaseline last = baseline.value();
        if (last == null) {
            baseline.update(new CounterBaseline(sample.counter(), sample.eventTime()));
            return;
        }
        CounterStep step = CounterDeltas.step(last.value(), Instant.ofEpochMilli(last.eventTime()), sample.counter(),
                Instant.ofEpochMilli(sample.eventTime()), meter.maxPerHour(), zone);
        if (step instanceof CounterStep.Consumption consumption) {
            for (HourShare share : consumption.hours()) {
                long hour = share.hourStart().toEpochMilli();
                BigDecimal booked = openHours.get(hour);
                openHours.put(hour, booked == null ? share.amount() : booked.add(share.amount()));
            }
            baseline.update(new CounterBaseline(sample.counter(), sample.eventTime()));
        } else if (step instanceof CounterStep.Reset reset) {
            ctx.output(METER_EVENTS, new MeterEvent(sample.sensorId(), sample.eventTime(), reset.previous(), reset.current()));
            baseline.update(new CounterBaseline(sample.counter(), sample.eventTime()));
        } else if (step instanceof CounterStep.Jump jump) {
            ctx.output(REJECTED, new DeadLetter(REASON_IMPLAUSIBLE_ADVANCE, "meter " + meter.id() + ": " + jump.reason(),
                    sample.sensorId(), sample.payload(), Instant.ofEpochMilli(ctx.timerService().currentProcessingTime()),
                    STAGE_COUNTER));
        }
    }

    private void emitCompleteHours(String meterId, Collector<MeterHour> out) throws Exception {
        CounterBaseline last = baseline.value();
        if (last == null) {
            return;
        }
        EnergyMeter meter = meters.get(meterId);
        TreeMap<Long, BigDecimal> complete = new TreeMap<>();
        for (Map.Entry<Long, BigDecimal> entry : openHours.entries()) {
            if (LocalHours.hourEnd(entry.getKey(), zone) <= last.eventTime()) {
                complete.put(entry.getKey(), entry.getValue());
            }
        }
        for (Map.Entry<Long, BigDecimal> entry : complete.entrySet()) {
            long hourStart = entry.getKey();
            int year = LocalHours.year(hourStart, zone);
            out.collect(new MeterHour(meterId, hourStart,
                    EnergyTotals.of(meter.carrier(), converter.convert(meter.carrier(), entry.getValue(), year))));
        }
        for (Long hour : complete.keySet()) {
            openHours.remove(hour);
        }
    }
}
