package io.cityops.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The operations page follows the alert stream, relative to the page (so it works behind a path prefix). */
@MicronautTest
class AlertsPanelTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theOperationsPageListensToTheAlertStream() {
        String page = client.toBlocking().retrieve("/");

        assertThat(page).contains("new EventSource(\"api/v1/alerts/stream\")")
                .contains("addEventListener(\"transition\"")
                .contains("回放 replayed");
    }
}
