package io.cityops.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With InfluxDB out of reach, the energy and network panels say so instead of showing stale or empty tables. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsPageUnavailableIT implements TestPropertyProvider {

    private static final String STORAGE_UNAVAILABLE = "数据存储不可用 storage unavailable";

    @Inject
    EmbeddedServer server;

    private String dom;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("cityops.influxdb.url", "http://127.0.0.1:" + closedPort(), "cityops.influxdb.timeout", "2s");
    }

    @BeforeAll
    void renderThePage() throws Exception {
        Optional<HeadlessChromium> chromium = HeadlessChromium.installed();
        assumeTrue(chromium.isPresent(), "chromium is not installed");
        dom = chromium.get().dumpDom(server.getURL() + "/");
    }

    @Test
    void theEnergyPanelReportsTheStorageAsUnavailable() {
        assertThat(dom).contains("id=\"energy-status\" class=\"panel-status error\">" + STORAGE_UNAVAILABLE);
    }

    @Test
    void theNetworkPanelReportsTheStorageAsUnavailable() {
        assertThat(dom).contains("id=\"network-status\" class=\"panel-status error\">" + STORAGE_UNAVAILABLE);
        assertThat(dom).contains("<tbody id=\"sites-down\"></tbody>");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
