package io.cityops.api.alerts.webhooks;

import io.cityops.api.alerts.KafkaProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;

/** Per webhook subscription: delivered, failed, dropped, pending, and the last error. */
@Controller("/api/v1/alerts/webhooks")
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class WebhooksController {

    private final WebhookDispatcher dispatcher;

    WebhooksController(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Get
    List<WebhookStatus> webhooks() {
        return dispatcher.status();
    }
}
