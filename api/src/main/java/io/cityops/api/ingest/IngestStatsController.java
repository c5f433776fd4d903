package io.cityops.api.ingest;

import io.cityops.api.ingest.IngestViews.Stats;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Loss accounting: per sensor, what arrived and what became of it. */
@Controller("/api/v1/ingest")
@ExecuteOn(TaskExecutors.BLOCKING)
class IngestStatsController {

    private final IngestStatsService stats;

    IngestStatsController(IngestStatsService stats) {
        this.stats = stats;
    }

    /** Counters of every sensor within the region (default: the district), optionally of one kind. */
    @Get("/stats")
    Stats stats(@QueryValue @Nullable String region, @QueryValue @Nullable String kind) {
        return stats.stats(region, kind);
    }
}
