package io.cityops.jobs.influx;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The two requests of the InfluxDB v1 HTTP API the sink needs ({@code /write} in line protocol,
 * {@code /query} for CREATE DATABASE), with authentication and retries. Plain
 * {@link HttpClient}: as fast as InfluxDB itself and no client-side batching thread to manage.
 *
 * <p>Retried: 5xx, 408, 429 and requests that got no answer (connection refused or reset,
 * timeout), with exponential back-off from {@link InfluxSinkConfig#initialBackoff()}. Not retried:
 * other 4xx, because the same request would be refused again.
 */
final class InfluxHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_BODY_IN_MESSAGE = 2000;

    /** Told about each retry, for metrics. */
    interface RetryListener {
        void onRetry(int attempt, String reason);
    }

    private final InfluxSinkConfig config;
    private final HttpClient client;
    private final URI writeUri;
    private final URI queryUri;
    private final String authorization;

    InfluxHttp(InfluxSinkConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        this.writeUri = URI.create(config.url() + "/write?db=" + encode(config.database()) + "&precision=ms");
        this.queryUri = URI.create(config.url() + "/query");
        this.authorization = config.username() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (config.username() + ":" + (config.password() == null ? "" : config.password()))
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one batch of newline-separated points; returns when InfluxDB has acknowledged it. */
    void write(byte[] lineProtocol, int points, RetryListener retries) throws IOException, InterruptedException {
        HttpRequest request = request(writeUri)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(lineProtocol))
                .build();
        send(request, "a write of " + points + " points to database '" + config.database() + "'", retries);
    }

    /** Runs an InfluxQL statement through {@code POST /query}; statement errors in a 200 answer are thrown too. */
    String query(String influxQL, RetryListener retries) throws IOException, InterruptedException {
        HttpRequest request = request(queryUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + encode(influxQL)))
                .build();
        String what = "query '" + influxQL + "'";
        String body = send(request, what, retries);
        // InfluxQL reports a failed statement inside a 200 answer: {"results":[{"statement_id":0,"error":"…"}]}.
        if (body.contains("\"error\"")) {
            throw new InfluxWriteException("InfluxDB at " + config.url() + " refused " + what + ": "
                    + abbreviate(body), 200, body, null);
        }
        return body;
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private String send(HttpRequest request, String what, RetryListener retries)
            throws IOException, InterruptedException {
        Duration backoff = config.initialBackoff();
        for (int attempt = 0; ; attempt++) {
            String failure;
            int status;
            String body;
            IOException cause = null;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body() == null ? "" : response.body();
                if (status / 100 == 2) {
                    return body;
                }
                failure = "HTTP " + status + ": " + abbreviate(body);
                if (!isRetryable(status)) {
                    throw new InfluxWriteException("InfluxDB at " + config.url() + " refused " + what + " with "
                            + failure, status, body, null);
                }
            } catch (InfluxWriteException refused) {
                throw refused;
            } catch (IOException noAnswer) {
                status = InfluxWriteException.NO_ANSWER;
                body = "";
                cause = noAnswer;
                failure = "no answer (" + noAnswer + ")";
            }
            if (attempt >= config.maxRetries()) {
                throw new InfluxWriteException("InfluxDB at " + config.url() + " failed " + what + " after "
                        + (attempt + 1) + " attempt(s); last: " + failure, status, body, cause);
            }
            retries.onRetry(attempt + 1, failure);
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    static boolean isRetryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    private static String abbreviate(String body) {
        String oneLine = body.strip();
        return oneLine.length() <= MAX_BODY_IN_MESSAGE ? oneLine : oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
