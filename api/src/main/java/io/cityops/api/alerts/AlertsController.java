package io.cityops.api.alerts;

import io.cityops.api.problem.NotFoundException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Alerts: the list, one alert with its audit trail, and the operator's commands. */
@Controller("/api/v1/alerts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class AlertsController {

    private final AlertView view;
    private final AlertListing listing;
    private final AlertQueryParser queries;
    private final AlertCommandService commands;

    AlertsController(AlertView view, AlertListing listing, AlertQueryParser queries, AlertCommandService commands) {
        this.view = view;
        this.listing = listing;
        this.queries = queries;
        this.commands = commands;
    }

    /** Alerts matching the filters (each a comma-separated list or absent), a page at a time. */
    @Get
    HttpResponse<String> list(@QueryValue @Nullable String status, @QueryValue @Nullable String severity,
                              @QueryValue @Nullable String region, @QueryValue @Nullable String kind,
                              @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                              @QueryValue @Nullable String page, @QueryValue @Nullable String size) {
        return json(listing.page(queries.parse(status, severity, region, kind, from, to, page, size)));
    }

    /** The alert's latest version with its full audit trail. */
    @Get("/{id}")
    HttpResponse<String> alert(@PathVariable String id) {
        return json(view.alert(id).orElseThrow(() -> new NotFoundException("id", "no alert with id '" + id + "'")).json());
    }

    /** Accept, assign, resolve, close or reopen; answers with the alert after the job applied the command. */
    @Post("/{id}/{action}")
    HttpResponse<String> command(@PathVariable String id, @PathVariable String action, @Body @Nullable CommandRequest body) {
        return json(commands.issue(id, action, body).json());
    }

    static HttpResponse<String> json(Object body) {
        return HttpResponse.ok(AlertJson.write(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
