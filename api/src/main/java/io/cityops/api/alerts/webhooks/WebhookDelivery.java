package io.cityops.api.alerts.webhooks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue and the sender of one subscription, on a thread of its own: a slow or absent receiver delays
 * only its own transitions (which stay in order), never the stream or another subscriber. Each
 * transition is retried with doubling waits until it is taken (any 2xx) or its attempts run out.
 */
final class WebhookDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    /** One transition to post. */
    record Item(String alertId, long version, long offset, byte[] body) {
    }

    private final WebhookSubscription subscription;
    private final Clock clock;
    private final HttpClient http;
    private final BlockingQueue<Item> queue;
    private final Thread thread;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean inFlight;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant lastDeliveredAt;
    private volatile boolean running = true;

    WebhookDelivery(WebhookSubscription subscription, Clock clock) {
        this.subscription = subscription;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(subscription.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.queue = new LinkedBlockingQueue<>(subscription.queueCapacity());
        this.thread = new Thread(this::run, "cityops-webhook-" + subscription.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a transition without waiting; a full queue drops it (counted). */
    void offer(Item item) {
        if (!queue.offer(item)) {
            dropped.incrementAndGet();
            LOG.warn("Webhook {}: queue full ({}), dropped {} version {}", subscription.name(),
                    subscription.queueCapacity(), item.alertId(), item.version());
        }
    }

    private void run() {
        try {
            while (running) {
                Item item = queue.take();
                inFlight = true;
                try {
                    deliver(item);
                } finally {
                    inFlight = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Item item) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            String error = attempt(item);
            if (error == null) {
                delivered.incrementAndGet();
                lastDeliveredAt = clock.instant();
                return;
            }
            failed.incrementAndGet();
            lastError = error;
            lastErrorAt = clock.instant();
            if (attempt >= subscription.maxAttempts()) {
                dropped.incrementAndGet();
                LOG.warn("Webhook {}: gave up on {} version {} after {} attempts: {}", subscription.name(),
                        item.alertId(), item.version(), attempt, error);
                return;
            }
            LOG.debug("Webhook {}: attempt {} for {} failed ({}), next in {}", subscription.name(), attempt,
                    item.alertId(), error, subscription.backoff(attempt));
            Thread.sleep(subscription.backoff(attempt).toMillis());
        }
    }

    /** @return null when the receiver took it, else what went wrong */
    private String attempt(Item item) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(subscription.url())
                .timeout(subscription.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(subscription.secret(), item.body()))
                .header("X-CityOps-Event", "transition")
                // Lets a receiver drop a repeat (a retry after an answer that got lost).
                .header("X-CityOps-Delivery", item.alertId() + "@" + item.version())
                .POST(HttpRequest.BodyPublishers.ofByteArray(item.body()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    WebhookStatus status() {
        return new WebhookStatus(subscription.name(), subscription.displayUrl(), subscription.severities(),
                subscription.kinds(), subscription.regions(), delivered.get(), failed.get(), dropped.get(),
                queue.size() + (inFlight ? 1 : 0), lastError, lastErrorAt, lastDeliveredAt);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
