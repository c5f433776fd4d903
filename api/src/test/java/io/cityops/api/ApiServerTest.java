package io.cityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How another program (the standalone launcher) starts and stops the API. */
class ApiServerTest {

    @Test
    void startsOnTheGivenPortAndServesUntilClosed() throws IOException, InterruptedException {
        URI uri;
        try (ApplicationContext api = ApiServer.start(Map.of("micronaut.server.port", -1,
                "cityops.ingest.stale-after", "5m"))) {
            uri = ApiServer.uri(api);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(uri.resolve("/api/v1/catalogue/regions")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"regions\"");
        }
        URI stopped = uri;
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(stopped.resolve("/api/v1/catalogue/regions")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void refusesToStartWithAnInvalidSetting() {
        assertThatThrownBy(() -> ApiServer.start(Map.of("micronaut.server.port", -1, "cityops.catalogue.path",
                "/nonexistent/catalogue.yaml"))).hasStackTraceContaining("cityops.catalogue.path");
    }
}
