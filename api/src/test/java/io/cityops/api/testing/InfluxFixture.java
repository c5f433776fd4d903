package io.cityops.api.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A throw-away database on the development InfluxDB (system property {@code cityops.influxdb.url}) that a
 * test class fills with the points the jobs would write, in line protocol.
 */
public final class InfluxFixture implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String url;
    private final String database;

    private InfluxFixture(String url, String database) {
        this.url = url;
        this.database = database;
    }

    public static String url() {
        return System.getProperty("cityops.influxdb.url", "http://127.0.0.1:8086");
    }

    /** Creates a fresh database named after the test class. */
    public static InfluxFixture create(String prefix) {
        String database = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).replaceAll("[^A-Za-z0-9_]", "_");
        InfluxFixture fixture = new InfluxFixture(url(), database);
        fixture.post("/query", "q=" + encode("CREATE DATABASE \"" + database + "\""));
        return fixture;
    }

    public String database() {
        return database;
    }

    /** Writes points with millisecond timestamps. */
    public void write(List<String> lines) {
        post("/write?db=" + encode(database) + "&precision=ms", String.join("\n", lines));
    }

    public void write(String... lines) {
        write(List.of(lines));
    }

    private void post(String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (path.startsWith("/query")) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("InfluxDB answered " + response.statusCode() + " to " + path + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("InfluxDB is not running at " + url
                    + " (set -Dcityops.influxdb.url or start influxd): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        post("/query", "q=" + encode("DROP DATABASE \"" + database + "\""));
    }
}
