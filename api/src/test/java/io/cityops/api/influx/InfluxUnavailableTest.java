package io.cityops.api.influx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.Json;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With InfluxDB out of reach the API still starts, reports DOWN and answers 503 problems. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InfluxUnavailableTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("cityops.influxdb.url", "http://127.0.0.1:" + closedPort(), "cityops.influxdb.timeout", "2s");
    }

    @Test
    void aQueryAnswersServiceUnavailableAsAProblem() {
        HttpResponse<?> response = Json.failure(client.toBlocking(), "/api/v1/air/latest");

        assertThat(response.code()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        JsonNode problem = Json.body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("type").asText()).isEqualTo("urn:cityops:problem:storage-unavailable");
    }

    @Test
    void healthIsDownWithTheInfluxDbIndicatorDown() {
        HttpResponse<?> response = Json.failure(client.toBlocking(), "/health");

        assertThat(response.code()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
        JsonNode health = Json.body(response);
        assertThat(health.path("status").asText()).isEqualTo("DOWN");
        assertThat(health.path("details").path("influxdb").path("status").asText()).isEqualTo("DOWN");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
