package io.cityops.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.Json;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Errors the framework answers by itself are problem details as well. */
@MicronautTest
class FrameworkErrorsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anUnknownPathIsANotFoundProblem() {
        HttpResponse<?> response = Json.failure(client.toBlocking(), "/api/v1/nothing-here");

        assertThat(response.code()).isEqualTo(404);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        JsonNode problem = Json.body(response);
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("title").asText()).isEqualTo("Not Found");
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/catalogue/regions"), String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }

        assertThat(response.code()).isEqualTo(405);
        assertThat(Json.body(response).path("status").asInt()).isEqualTo(405);
    }
}
