package io.cityops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The InfluxDB 1.x that runs beside the tests (started by {@code deploy/run-tests.sh} or CI), at the
 * URL of system property {@value #URL_PROPERTY} (default {@value #DEFAULT_URL}). Each test class takes
 * a fresh database so that classes never see each other's points.
 *
 * <pre>{@code
 * LocalInfluxDb influx = new LocalInfluxDb();          // fails at once when InfluxDB is not running
 * String db = influx.createDatabase("air_job_it");
 * JsonNode answer = influx.query(db, "SELECT * FROM air_hourly");
 * }</pre>
 */
public final class LocalInfluxDb {

    public static final String URL_PROPERTY = "cityops.influxdb.url";
    public static final String DEFAULT_URL = "http://127.0.0.1:8086";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Uses the URL of the system property, or the default; checks that InfluxDB answers {@code /ping}. */
    public LocalInfluxDb() {
        this(System.getProperty(URL_PROPERTY, DEFAULT_URL));
    }

    public LocalInfluxDb(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        ping();
    }

    /** The base URL, for instance {@code http://127.0.0.1:8086}. */
    public String url() {
        return url;
    }

    /** Creates a new database named {@code prefix_<random>} and returns its name. */
    public String createDatabase(String prefix) {
        String safePrefix = prefix.replaceAll("[^A-Za-z0-9_]", "_");
        String name = safePrefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(url + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + encode("CREATE DATABASE \"" + name + "\"")))
                .build(), "CREATE DATABASE " + name);
        requireNoError(answer, "CREATE DATABASE " + name);
        return name;
    }

    /** Drops a database made by {@link #createDatabase}; for tests that clean up after themselves. */
    public void dropDatabase(String name) {
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(url + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + encode("DROP DATABASE \"" + name + "\"")))
                .build(), "DROP DATABASE " + name);
        requireNoError(answer, "DROP DATABASE " + name);
    }

    /**
     * Runs a read query ({@code GET /query}) and returns InfluxDB's JSON answer, for instance
     * {@code {"results":[{"statement_id":0,"series":[{"name":…,"columns":[…],"values":[[…]]}]}]}}.
     * A statement error inside a 200 answer is left to the caller; a refused query (HTTP 4xx/5xx) throws.
     */
    public JsonNode query(String database, String influxQL) {
        URI uri = URI.create(url + "/query?db=" + encode(database) + "&epoch=ms&q=" + encode(influxQL));
        return send(HttpRequest.newBuilder(uri).GET().build(), influxQL);
    }

    private void ping() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url + "/ping"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                throw notRunning("/ping answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw notRunning(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notRunning("interrupted");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("InfluxDB URL " + url + " is not a valid http URL (system property "
                    + URL_PROPERTY + ")", e);
        }
    }

    private IllegalStateException notRunning(String why) {
        return new IllegalStateException("InfluxDB is not running at " + url + " (" + why
                + "); start it with deploy/run-tests.sh or see README");
    }

    private JsonNode send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("InfluxDB at " + url + " answered HTTP " + response.statusCode() + " to "
                        + what + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw notRunning(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking InfluxDB: " + what, e);
        }
    }

    private static void requireNoError(JsonNode answer, String what) {
        JsonNode error = answer.path("results").path(0).path("error");
        if (!error.isMissingNode()) {
            throw new IllegalStateException("InfluxDB refused " + what + ": " + error.asText());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
