package io.cityops.api.energy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Energy and carbon: newest figures, series in tce, tCO2 or native units, and the dual-control barometer. */
@Controller("/api/v1/energy")
@ExecuteOn(TaskExecutors.BLOCKING)
class EnergyController {

    private final EnergyService energy;
    private final EnergyRequestParser requests;

    EnergyController(EnergyService energy, EnergyRequestParser requests) {
        this.energy = energy;
        this.requests = requests;
    }

    /** The newest hour, day, month and year to date of a region (default: the district) or an entity. */
    @Get("/latest")
    EnergyViews.Latest latest(@QueryValue @Nullable String region, @QueryValue @Nullable String entity) {
        return energy.latest(region, entity, null);
    }

    /** Hourly, daily or monthly consumption of one region, entity or meter. */
    @Get("/series")
    EnergyViews.Series series(@QueryValue @Nullable String region, @QueryValue @Nullable String entity,
                              @QueryValue @Nullable String meter, @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                              @QueryValue @Nullable String resolution, @QueryValue @Nullable String unit) {
        return energy.series(requests.parse(region, entity, meter, from, to, resolution, unit));
    }

    /** The region's (default: the district's) barometer level with the figures and the rule behind it. */
    @Get("/barometer")
    EnergyViews.Barometer barometer(@QueryValue @Nullable String region) {
        return energy.barometer(region);
    }
}
