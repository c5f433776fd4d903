package io.cityops.api.alerts.webhooks;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One webhook subscription, {@code cityops.webhooks.<name>.*}. Every filter that is set must match
 * (an empty filter matches everything).
 *
 * @param name           the subscription's name (the key under {@code cityops.webhooks})
 * @param url            where each transition is POSTed
 * @param secret         the HMAC-SHA256 key of the {@code X-CityOps-Signature} header; never logged
 * @param severities     only alerts of these severities (after the transition)
 * @param kinds          only alerts of these kinds ({@code air}, {@code energy}, {@code network})
 * @param regions        only alerts of these regions or of regions within them
 * @param initialBackoff the wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff     the longest wait between attempts
 * @param maxAttempts    attempts per transition before it is dropped (and counted as dropped)
 * @param timeout        connect and response timeout of one attempt
 * @param queueCapacity  transitions waiting for this subscription at most; further ones are dropped and counted
 */
@EachProperty(WebhookSubscription.PREFIX)
public record WebhookSubscription(
        @Parameter String name,
        @Nullable URI url,
        @Nullable String secret,
        @Nullable List<String> severities,
        @Nullable List<String> kinds,
        @Nullable List<String> regions,
        @Bindable(defaultValue = "1s") Duration initialBackoff,
        @Bindable(defaultValue = "5m") Duration maxBackoff,
        @Bindable(defaultValue = "30") int maxAttempts,
        @Bindable(defaultValue = "10s") Duration timeout,
        @Bindable(defaultValue = "10000") int queueCapacity) {

    public static final String PREFIX = "cityops.webhooks";

    public WebhookSubscription {
        String key = PREFIX + "." + name;
        if (url == null || url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException(key + ".url must be an http(s) URL with a host, got " + url);
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(key + ".secret is required: receivers verify the signature with it");
        }
        severities = severities == null ? List.of() : List.copyOf(severities);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        regions = regions == null ? List.of() : List.copyOf(regions);
        positive(key + ".initial-backoff", initialBackoff);
        positive(key + ".max-backoff", maxBackoff);
        positive(key + ".timeout", timeout);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(key + ".max-backoff must not be shorter than initial-backoff");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(key + ".max-attempts must be at least 1, got " + maxAttempts);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException(key + ".queue-capacity must be at least 1, got " + queueCapacity);
        }
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, got " + value);
        }
    }

    /** The wait before attempt {@code attempt + 1} after {@code attempt} failures: doubling, capped. */
    Duration backoff(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The URL without credentials or query, safe to show. */
    String displayUrl() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    @Override
    public String toString() {
        return "WebhookSubscription[name=" + name + ", url=" + displayUrl() + ", secret=****, severities=" + severities
                + ", kinds=" + kinds + ", regions=" + regions + "]";
    }
}
