package io.cityops.jobs.air;

import java.util.Objects;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Sends a station's hourly means to each region it is rolled up into (its sub-district and the
 * district); stations outside the roll-up classes go nowhere.
 */
public final class RouteToRegions implements FlatMapFunction<HourlyMeans, StationHour> {

    private static final long serialVersionUID = 1L;

    private final AirNetwork network;

    public RouteToRegions(AirNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public void flatMap(HourlyMeans means, Collector<StationHour> out) {
        for (String region : network.rollupRegionsOf(means.subject())) {
            out.collect(new StationHour(region, means));
        }
    }
}
