package io.cityops.api.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.cityops.testing.LocalInfluxDb;
import java.util.List;

/**
 * A throw-away database on the development InfluxDB (system property {@code cityops.influxdb.url}, through
 * {@link LocalInfluxDb}) that a test class fills with the points the jobs would write, in line protocol.
 */
public final class InfluxFixture implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LocalInfluxDb influx;
    private final String url;
    private final String database;

    private InfluxFixture(LocalInfluxDb influx, String database) {
        this.influx = influx;
        this.url = influx.url();
        this.database = database;
    }

    public static String url() {
        return System.getProperty(LocalInfluxDb.URL_PROPERTY, LocalInfluxDb.DEFAULT_URL);
    }

    /** Creates a fresh database for a test class; fails at once when InfluxDB is not running. */
    public static InfluxFixture create(String prefix) {
        LocalInfluxDb influx = new LocalInfluxDb();
        return new InfluxFixture(influx, influx.createDatabase(prefix));
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
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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
        influx.dropDatabase(database);
    }
}
