package io.cityops.api.alerts.webhooks;

import io.cityops.api.alerts.AlertEvent;
import io.cityops.api.alerts.AlertJson;
import io.cityops.api.alerts.AlertView;
import io.cityops.api.alerts.KafkaProperties;
import io.cityops.api.catalogue.CatalogueLookup;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each new transition to the queue of every subscription that wants it. Only transitions written
 * while the API runs are posted (history read at start is not posted again), and alerts raised while
 * the job replayed history page no one.
 */
@Context
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
public class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Map<String, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private final Map<String, WebhookFilter> filters = new LinkedHashMap<>();
    private final AlertView view;
    private final AlertView.Registration registration;

    WebhookDispatcher(List<WebhookSubscription> subscriptions, AlertView view, CatalogueLookup lookup, Clock clock) {
        this.view = view;
        for (WebhookSubscription subscription : subscriptions) {
            filters.put(subscription.name(), new WebhookFilter(subscription, lookup.catalogue()));
        }
        for (WebhookSubscription subscription : subscriptions) {
            deliveries.put(subscription.name(), new WebhookDelivery(subscription, clock));
            LOG.info("Posting alert transitions to {}", subscription);
        }
        this.registration = view.subscribe(-1, this::dispatch);
    }

    private void dispatch(AlertEvent event) {
        if (!(event instanceof AlertEvent.Transition transition) || !view.isLive(event) || event.replayed()) {
            return;
        }
        byte[] body = null;
        for (Map.Entry<String, WebhookFilter> entry : filters.entrySet()) {
            if (entry.getValue().matches(transition.current())) {
                if (body == null) {
                    body = AlertJson.bytes(transition.json());
                }
                deliveries.get(entry.getKey()).offer(new WebhookDelivery.Item(transition.alertId(), transition.version(),
                        transition.offset(), body));
            }
        }
    }

    public List<WebhookStatus> status() {
        return deliveries.values().stream().map(WebhookDelivery::status).toList();
    }

    @PreDestroy
    void close() throws InterruptedException {
        registration.close();
        for (WebhookDelivery delivery : deliveries.values()) {
            delivery.close();
        }
    }
}
