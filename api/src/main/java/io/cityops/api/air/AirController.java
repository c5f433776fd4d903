package io.cityops.api.air;

import io.cityops.api.air.AirViews.AqiSeries;
import io.cityops.api.air.AirViews.Latest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Air quality: the newest hour per region and station, and AQI series. */
@Controller("/api/v1/air")
@ExecuteOn(TaskExecutors.BLOCKING)
class AirController {

    private final AirService air;
    private final AqiRequestParser requests;

    AirController(AirService air, AqiRequestParser requests) {
        this.air = air;
        this.requests = requests;
    }

    /** The region's (default: the district's) newest hourly AQI and that of each child. */
    @Get("/latest")
    Latest latest(@QueryValue @Nullable String region) {
        return air.latest(region);
    }

    /** Hourly or daily AQI of one station or region. */
    @Get("/aqi")
    AqiSeries aqi(@QueryValue @Nullable String station, @QueryValue @Nullable String region,
                  @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                  @QueryValue @Nullable String resolution) {
        return air.series(requests.parse(station, region, from, to, resolution));
    }
}
