package io.cityops.api.influx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.Json;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class InfluxHealthIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthIsUpWhileInfluxDbAnswersItsPing() {
        JsonNode health = Json.get(client.toBlocking(), "/health");

        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode influx = health.path("details").path("influxdb");
        assertThat(influx.path("status").asText()).isEqualTo("UP");
        assertThat(influx.path("details").path("version").asText()).isNotBlank();
        assertThat(influx.path("details").toString()).doesNotContain("password");
    }
}
