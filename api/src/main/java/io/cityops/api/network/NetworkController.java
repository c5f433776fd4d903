package io.cityops.api.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The 5G network: sites' state now, KPI series, coverage against the plan, outages. */
@Controller("/api/v1/network")
@ExecuteOn(TaskExecutors.BLOCKING)
class NetworkController {

    private final NetworkService network;

    NetworkController(NetworkService network) {
        this.network = network;
    }

    /** Every site in the region (default: the district) with its state and newest KPIs; counts up/down/congested. */
    @Get("/latest")
    NetworkViews.Latest latest(@QueryValue @Nullable String region) {
        return network.latest(region);
    }

    /** One KPI of one site, cell or region per 15 minutes, hour or day. */
    @Get("/series")
    NetworkViews.Series series(@QueryValue @Nullable String site, @QueryValue @Nullable String cell,
                               @QueryValue @Nullable String region, @QueryValue @Nullable String kpi,
                               @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                               @QueryValue @Nullable String resolution) {
        return network.series(site, cell, region, kpi, from, to, resolution);
    }

    /** Active sites against the coverage plan, for the region and its sub-districts. */
    @Get("/coverage")
    NetworkViews.CoverageAnswer coverage(@QueryValue @Nullable String region) {
        return network.coverage(region);
    }

    /** Outages overlapping [from, to) in the region. */
    @Get("/outages")
    NetworkViews.Outages outages(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                 @QueryValue @Nullable String region) {
        return network.outages(from, to, region);
    }
}
