package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.problem.BadParameterException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Performance of the loop per region or per team over a period: the alerts opened in {@code [from, to)}
 * (default: the 30 days up to now), replayed ones left out (they paged no one).
 */
@Controller("/api/v1/alerts/performance")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class AlertPerformanceController {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final String UNASSIGNED = "(unassigned)";
    static final String NO_REGION = "(none)";

    private final AlertView view;
    private final CatalogueLookup lookup;
    private final Clock clock;

    AlertPerformanceController(AlertView view, CatalogueLookup lookup, Clock clock) {
        this.view = view;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Get
    HttpResponse<String> performance(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                     @QueryValue @Nullable String by) {
        Instant now = clock.instant();
        Optional<Instant> since = QueryTimes.optional("from", from, lookup.zone());
        Optional<Instant> until = QueryTimes.optional("to", to, lookup.zone());
        QueryTimes.requireOrder(since, until);
        Instant end = until.orElse(now);
        Instant start = since.orElse(end.minus(DEFAULT_PERIOD));
        if (!start.isBefore(end)) {
            throw new BadParameterException("from", "from must be before " + end);
        }
        String grouping = by == null || by.isBlank() ? "region" : by.strip();
        Function<Alert, String> key = switch (grouping) {
            case "region" -> a -> a.region() == null ? NO_REGION : a.region();
            case "team" -> a -> a.assignee() == null ? UNASSIGNED : a.assignee();
            default -> throw new BadParameterException("by", "by must be region or team, got '" + by + "'");
        };
        List<Alert> opened = view.alerts().stream()
                .filter(a -> a.openedAt().map(t -> !t.isBefore(start) && t.isBefore(end)).orElse(false))
                .toList();
        List<Alert> measured = opened.stream().filter(a -> !a.replayed()).toList();
        ObjectNode body = LoopPerformance.measure(measured, key, now);
        body.put("from", start.toString());
        body.put("to", end.toString());
        body.put("by", grouping);
        body.put("replayedLeftOut", opened.size() - measured.size());
        return AlertsController.json(body);
    }
}
