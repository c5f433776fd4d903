package io.cityops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class OperationsPageTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void servesTheOperationsPageAtTheRoot() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.getName()).isEqualTo("text/html"));
        String page = response.body();
        assertThat(page).contains("api/v1/air/latest").contains("#00E400").contains("#7E0023");
        assertThat(page).contains("api/v1/energy/barometer").contains("api/v1/network/latest")
                .contains("api/v1/network/coverage").contains("api/v1/network/outages");
        // Self-contained: nothing is loaded from another host.
        assertThat(page).doesNotContain("<script src=").doesNotContain("<link rel=\"stylesheet\"").doesNotContain("http://")
                .doesNotContain("https://");
    }
}
