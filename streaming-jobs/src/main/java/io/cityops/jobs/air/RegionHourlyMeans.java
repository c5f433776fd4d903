package io.cityops.jobs.air;

import io.cityops.ingest.reading.Pollutant;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A region's hourly means, keyed by region: per pollutant, the mean of its roll-up stations' valid
 * hourly means, with the coverage (stations with a valid mean / roll-up stations in the region).
 *
 * <p>Published when the watermark passes the hour's end, which is after every station has published
 * that hour; a station's revision republishes the region's hour with the next revision; the hour is
 * final, and its state dropped, when the watermark passes its end plus the allowed lateness — the
 * same moment its stations become final. A region hour is valid when every pollutant its stations
 * measure has at least one valid station mean; the coverage says how representative it is.
 */
public final class RegionHourlyMeans extends KeyedProcessFunction<String, StationHour, HourlyMeans> {

    private static final long serialVersionUID = 1L;

    private final AirNetwork network;
    private final long allowedLatenessMs;
    private transient MapState<Long, RegionHour> hours;

    public RegionHourlyMeans(AirNetwork network, Duration allowedLateness) {
        this.network = Objects.requireNonNull(network, "network");
        this.allowedLatenessMs = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        hours = getRuntimeContext().getMapState(new MapStateDescriptor<>("region-hours", Types.LONG,
                TypeInformation.of(RegionHour.class)));
    }

    @Override
    public void processElement(StationHour input, Context ctx, Collector<HourlyMeans> out) throws Exception {
        HourlyMeans station = input.station();
        long hourStart = station.hourStart();
        long hourEnd = hourStart + LocalPeriods.HOUR_MS;
        long watermark = ctx.timerService().currentWatermark();
        RegionHour previous = hours.get(hourStart);
        if (previous == null) {
            previous = RegionHour.empty();
        }
        HourlyMeans before = previous.stations().get(station.subject());
        boolean changed = before == null || !before.sameFigures(station);
        RegionHour hour = previous.with(station);
        if (hour.emitted()) {
            if (changed) {
                hour = hour.revised();
                out.collect(means(input.region(), hourStart, hour, false));
            }
        } else if (hourEnd - 1 <= watermark) {
            hour = hour.published();
            out.collect(means(input.region(), hourStart, hour, false));
        } else {
            ctx.timerService().registerEventTimeTimer(hourEnd - 1);
        }
        ctx.timerService().registerEventTimeTimer(finalAt(hourEnd));
        hours.put(hourStart, hour);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<HourlyMeans> out) throws Exception {
        String region = ctx.getCurrentKey();
        List<Long> done = new ArrayList<>();
        List<Map.Entry<Long, RegionHour>> updates = new ArrayList<>();
        for (Map.Entry<Long, RegionHour> entry : hours.entries()) {
            long hourStart = entry.getKey();
            long hourEnd = hourStart + LocalPeriods.HOUR_MS;
            RegionHour hour = entry.getValue();
            boolean finalNow = finalAt(hourEnd) <= timestamp;
            if (!hour.emitted() && hourEnd - 1 <= timestamp) {
                out.collect(means(region, hourStart, hour, finalNow));
                updates.add(Map.entry(hourStart, hour.published()));
            } else if (hour.emitted() && finalNow) {
                out.collect(means(region, hourStart, hour, true));
            }
            if (finalNow) {
                done.add(hourStart);
            }
        }
        for (Map.Entry<Long, RegionHour> update : updates) {
            hours.put(update.getKey(), update.getValue());
        }
        for (Long hourStart : done) {
            hours.remove(hourStart);
        }
    }

    private long finalAt(long hourEnd) {
        return hourEnd + allowedLatenessMs - 1;
    }

    private HourlyMeans means(String region, long hourStart, RegionHour hour, boolean finalResult) {
        PollutantValues means = PollutantValues.NONE;
        Set<String> reporting = new TreeSet<>();
        for (Pollutant p : Pollutant.values()) {
            List<BigDecimal> values = new ArrayList<>();
            for (HourlyMeans station : hour.stations().values()) {
                if (station.means().has(p)) {
                    values.add(station.means().get(p));
                    reporting.add(station.subject());
                }
            }
            if (!values.isEmpty()) {
                means = means.with(p, Decimals.mean(values));
            }
        }
        Set<Pollutant> measured = network.measured(region, AirSubjects.REGION);
        boolean valid = measured.stream().allMatch(means::has);
        return new HourlyMeans(region, AirSubjects.REGION, hourStart, means, valid, List.copyOf(reporting),
                network.expectedStations(region), hour.revision(), finalResult);
    }
}
