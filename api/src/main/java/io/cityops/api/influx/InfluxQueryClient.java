package io.cityops.api.influx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's only door to InfluxDB: InfluxQL over the v1 {@code /query} endpoint with bound
 * parameters, and {@code /ping}. Created eagerly so a bad configuration stops the start-up.
 */
@Context
public class InfluxQueryClient {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxQueryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InfluxProperties properties;
    private final HttpClient http;
    private final Optional<String> authorization;

    public InfluxQueryClient(InfluxProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = Optional.ofNullable(properties.username()).map(user -> "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (properties.password() == null ? "" : properties.password()))
                        .getBytes(StandardCharsets.UTF_8)));
        LOG.info("Reading series from {}", properties);
    }

    public String database() {
        return properties.database();
    }

    /**
     * Runs one read statement against the configured database.
     *
     * @throws InfluxUnavailableException when InfluxDB cannot be reached or fails
     * @throws InfluxQueryException       when InfluxDB rejects the statement
     */
    public InfluxResult query(InfluxQuery query) {
        String uri = properties.baseUrl() + "/query?db=" + encode(properties.database())
                + "&epoch=ms&q=" + encode(query.statement())
                + (query.params().isEmpty() ? "" : "&params=" + encode(paramsJson(query.params())));
        HttpResponse<String> response = send(request(uri).GET().build());
        if (response.statusCode() >= 500 || response.statusCode() == 401 || response.statusCode() == 403) {
            throw new InfluxUnavailableException("InfluxDB answered " + response.statusCode() + " to a query: "
                    + abbreviate(response.body()));
        }
        return InfluxResponseParser.parse(response.body());
    }

    /**
     * Checks that InfluxDB is up.
     *
     * @return the server version InfluxDB reports
     * @throws InfluxUnavailableException when it is not
     */
    public String ping() {
        HttpResponse<String> response = send(request(properties.baseUrl() + "/ping").GET().build());
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            throw new InfluxUnavailableException("InfluxDB answered " + response.statusCode() + " to /ping");
        }
        return response.headers().firstValue("X-Influxdb-Version").orElse("unknown");
    }

    private HttpRequest.Builder request(String uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(properties.timeout());
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InfluxUnavailableException("InfluxDB at " + properties.url() + " is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfluxUnavailableException("interrupted while waiting for InfluxDB", e);
        }
    }

    private static String paramsJson(Map<String, Object> params) {
        Map<String, Object> plain = new LinkedHashMap<>();
        // InfluxDB compares time against RFC 3339 strings.
        params.forEach((name, value) -> plain.put(name, value instanceof Instant instant ? instant.toString() : value));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("query parameters cannot be written as JSON: " + params, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 200 ? String.valueOf(body) : body.substring(0, 200) + "…";
    }
}
