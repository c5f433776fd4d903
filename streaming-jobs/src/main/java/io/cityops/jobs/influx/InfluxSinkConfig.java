package io.cityops.jobs.influx;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * Typed, validated connection and batching settings of the InfluxDB sink.
 *
 * @param url            base URL of the InfluxDB v1 HTTP API, for instance {@code http://127.0.0.1:8086}
 *                       (a path prefix is allowed; a trailing slash is dropped)
 * @param database       database the points go to
 * @param username       user for HTTP basic authentication, or null when InfluxDB runs without auth
 * @param password       that user's password, or null; never printed
 * @param batchSize      points per write request; a full batch is written at once
 * @param flushInterval  longest time a point waits in the buffer
 * @param maxRetries     retries of a write that failed with 5xx, 408, 429 or a connection error
 *                       (0 = fail at the first such error)
 * @param initialBackoff wait before the first retry; doubled for each further retry
 */
public record InfluxSinkConfig(String url, String database, String username, String password,
                               int batchSize, Duration flushInterval, int maxRetries, Duration initialBackoff)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_BATCH_SIZE = 5000;
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(1);
    public static final int DEFAULT_MAX_RETRIES = 5;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);

    public InfluxSinkConfig {
        url = validUrl(url);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("InfluxDB database must not be blank");
        }
        if (database.indexOf('\n') >= 0 || database.indexOf('"') >= 0) {
            throw new IllegalArgumentException("InfluxDB database name '" + database
                    + "' must not contain line breaks or double quotes");
        }
        if (username != null && username.isBlank()) {
            throw new IllegalArgumentException("InfluxDB username must be null (no authentication) or not blank");
        }
        if (username == null && password != null) {
            throw new IllegalArgumentException("InfluxDB password is set but username is not");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("InfluxDB batchSize must be > 0, was " + batchSize);
        }
        Objects.requireNonNull(flushInterval, "InfluxDB flushInterval");
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("InfluxDB flushInterval must be positive, was " + flushInterval);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("InfluxDB maxRetries must be >= 0, was " + maxRetries);
        }
        Objects.requireNonNull(initialBackoff, "InfluxDB initialBackoff");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("InfluxDB initialBackoff must not be negative, was " + initialBackoff);
        }
    }

    /** Batches of 5000 points, flushed at least every second, 5 retries from 200 ms; no authentication. */
    public static InfluxSinkConfig defaults(String url, String database) {
        return new InfluxSinkConfig(url, database, null, null,
                DEFAULT_BATCH_SIZE, DEFAULT_FLUSH_INTERVAL, DEFAULT_MAX_RETRIES, DEFAULT_INITIAL_BACKOFF);
    }

    public InfluxSinkConfig withCredentials(String username, String password) {
        return new InfluxSinkConfig(url, database, username, password, batchSize, flushInterval, maxRetries,
                initialBackoff);
    }

    public InfluxSinkConfig withBatchSize(int batchSize) {
        return new InfluxSinkConfig(url, database, username, password, batchSize, flushInterval, maxRetries,
                initialBackoff);
    }

    public InfluxSinkConfig withFlushInterval(Duration flushInterval) {
        return new InfluxSinkConfig(url, database, username, password, batchSize, flushInterval, maxRetries,
                initialBackoff);
    }

    public InfluxSinkConfig withRetries(int maxRetries, Duration initialBackoff) {
        return new InfluxSinkConfig(url, database, username, password, batchSize, flushInterval, maxRetries,
                initialBackoff);
    }

    @Override
    public String toString() {
        return "InfluxSinkConfig[url=" + url + ", database=" + database + ", username=" + username
                + ", password=" + (password == null ? null : "****") + ", batchSize=" + batchSize
                + ", flushInterval=" + flushInterval + ", maxRetries=" + maxRetries
                + ", initialBackoff=" + initialBackoff + "]";
    }

    private static String validUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("InfluxDB url must not be blank");
        }
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("InfluxDB url '" + url
                    + "' is not a valid URL such as http://127.0.0.1:8086 (" + e.getMessage() + ")", e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("InfluxDB url '" + url + "' must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("InfluxDB url '" + url + "' has no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("InfluxDB url '" + url
                    + "' must be a base URL without query, fragment or user info (use username/password)");
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
