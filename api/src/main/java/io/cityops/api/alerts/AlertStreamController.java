package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.api.problem.BadParameterException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Server-Sent Events of every applied record of {@code city.alerts}: id = the record's offset, event name =
 * its type ({@code transition} or {@code rejection}), data = the record's JSON plus a top-level
 * {@code replayed} flag. A client that reconnects with {@code Last-Event-ID} (browsers do so by
 * themselves) gets every record after that offset, then the live ones: nothing missed, nothing twice.
 */
@Controller("/api/v1/alerts/stream")
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class AlertStreamController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    static final String READY = "ready";
    static final String HEARTBEAT = "heartbeat";

    private final AlertView view;
    private final AlertsProperties properties;

    AlertStreamController(AlertView view, AlertsProperties properties) {
        this.view = view;
        this.properties = properties;
    }

    /**
     * @param lastEventId   the last offset the client saw (header); absent means from the beginning
     * @param after         the same as a query parameter, for clients that cannot set headers on the first request
     */
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> stream(@Header(LAST_EVENT_ID) @Nullable String lastEventId,
                                    @QueryValue @Nullable String after) {
        long afterOffset = lastEventId != null && !lastEventId.isBlank() ? offset(LAST_EVENT_ID, lastEventId)
                : offset("after", after);
        // The view hands over backlog and live records under its lock; the sink only buffers them.
        Flux<Event<String>> records = Flux.create(sink -> {
            AlertView.Registration registration = view.subscribe(afterOffset, event -> sink.next(sse(event)));
            sink.onDispose(registration::close);
        }, FluxSink.OverflowStrategy.BUFFER);
        // Headers go out with the first event: "ready" opens the stream at once even when nothing follows
        // the client's offset. Neither it nor the heartbeats carry an id, so they never move Last-Event-ID.
        Flux<Event<String>> heartbeats = Flux.interval(properties.streamHeartbeat(), properties.streamHeartbeat())
                .map(tick -> Event.of("{}").name(HEARTBEAT));
        return Flux.just(Event.of("{\"after\":" + afterOffset + "}").name(READY)).concatWith(Flux.merge(records, heartbeats));
    }

    private static long offset(String parameter, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        try {
            long offset = Long.parseLong(text.strip());
            if (offset < -1) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, parameter + " must be an event id (a city.alerts offset), got '"
                    + text + "'");
        }
    }

    static Event<String> sse(AlertEvent event) {
        ObjectNode data = event.json().deepCopy();
        data.put("replayed", event.replayed());
        return Event.of(AlertJson.write(data)).id(Long.toString(event.offset())).name(event.type());
    }
}
