package io.cityops.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.simulators.network.NetworkScripts;
import io.cityops.simulators.network.NetworkSimulation;
import io.cityops.simulators.network.NetworkSimulationConfig;
import io.cityops.simulators.network.SplitPublisher;
import io.cityops.simulators.publish.KafkaReadingPublisher;
import io.cityops.simulators.publish.MqttPublisherConfig;
import io.cityops.simulators.publish.MqttReadingPublisher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network path of the standalone form on real components: the simulator publishes two hours of the
 * default catalogue's 425 sites (counters on Kafka, power meters over MQTT through the bridge) with one
 * site silent from 00:30, the Flink network job detects it, and the API shows it down while the 424
 * others stay up; when the simulator stops, the feed is reported stopped and no site goes down with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneNetworkIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SILENT = "g5-heping-007";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private Standalone standalone;
    private URI api;
    private final HttpClient http = HttpClient.newHttpClient();
    private NetworkSimulation simulation;
    private Instant midnight;

    @BeforeAll
    void startEverythingAndSimulateTwoHours() throws Exception {
        String influxdbUrl = System.getProperty("cityops.influxdb.url", "http://127.0.0.1:8086");
        StandaloneOptions options = StandaloneOptions.parse(new String[] {
            "--data-dir", dataDir.toString(),
            "--api-port", Integer.toString(FreePorts.one()),
            "--mqtt-port", Integer.toString(FreePorts.one()),
            "--kafka-port", Integer.toString(FreePorts.adjacentPair()),
            "--influxdb-url", influxdbUrl,
            "--influxdb-database", "e2e_network_" + UUID.randomUUID().toString().replace("-", ""),
            "--simulators", "none",
            // sped up: the job's feed-stop time shrinks to its 10 s floor
            "--speed-up", "600"});
        standalone = Standalone.start(options);
        api = standalone.apiUri();

        Catalogue catalogue = CatalogueLoader.loadDefault();
        midnight = LocalDate.now(SHANGHAI).minusDays(1).atStartOfDay(SHANGHAI).toInstant();
        NetworkScripts scripts = NetworkScripts.NONE.withSiteOutage(new NetworkScripts.SiteOutage(SILENT,
                new NetworkScripts.Window(midnight.plus(Duration.ofMinutes(30)), Duration.ofHours(6))));
        KafkaReadingPublisher cells = KafkaReadingPublisher.connect(standalone.kafkaBootstrapServers());
        MqttReadingPublisher meters = MqttReadingPublisher.connect(
                MqttPublisherConfig.defaults(standalone.mqttServerUri()).withClientId("network-it"));
        Set<String> meterIds = new HashSet<>();
        catalogue.network().sites().forEach(s -> meterIds.add(s.powerMeter()));
        simulation = NetworkSimulation.start(NetworkSimulationConfig.defaults()
                .withStart(midnight)
                .withSpeedUp(Double.POSITIVE_INFINITY)
                .withDuration(Duration.ofHours(2))
                .withRandomOutages(false)
                .withScripts(scripts), catalogue, new SplitPublisher(cells, meters, meterIds));
        assertThat(simulation.awaitCompletion(Duration.ofMinutes(3))).isTrue();
        cells.close();
        meters.close();
    }

    @AfterAll
    void stopEverything() {
        if (simulation != null) {
            simulation.close();
        }
        if (standalone != null) {
            standalone.close();
        }
    }

    @Test
    void theScriptedOutageShowsThroughTheApiWhileTheOtherSitesStayUpAndTheStoppedFeedIsOneFeedProblem() throws Exception {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            JsonNode latest = get("/api/v1/network/latest");
            assertThat(latest.path("counts").path("sites").asInt()).isEqualTo(425);
            assertThat(latest.path("counts").path("down").asInt()).isEqualTo(1);
            assertThat(latest.path("counts").path("up").asInt()).isEqualTo(424);
            assertThat(latest.path("feed").path("alive").asBoolean(true)).as("feed stopped").isFalse();
        });
        JsonNode latest = get("/api/v1/network/latest?region=wbl-heping");
        JsonNode silent = null;
        for (JsonNode site : latest.path("sites")) {
            if (site.path("site").asText().equals(SILENT)) {
                silent = site;
            }
        }
        assertThat(silent).isNotNull();
        assertThat(silent.path("status").asText()).isEqualTo("down");
        assertThat(silent.path("cause").asText()).isEqualTo("silence");
        assertThat(java.time.OffsetDateTime.parse(silent.path("since").asText()).toInstant())
                .isEqualTo(midnight.plus(Duration.ofMinutes(30)));

        JsonNode outages = get("/api/v1/network/outages?from=" + midnight.toEpochMilli() + "&to="
                + midnight.plus(Duration.ofDays(1)).toEpochMilli());
        assertThat(outages.path("outages")).singleElement().satisfies(outage -> {
            assertThat(outage.path("site").asText()).isEqualTo(SILENT);
            assertThat(outage.path("ongoing").asBoolean()).isTrue();
            // last report 00:30, silence 20 min, noticed with the 01:00 batch: two periods
            Instant detected = java.time.OffsetDateTime.parse(outage.path("detectedAt").asText()).toInstant();
            assertThat(Duration.between(midnight.plus(Duration.ofMinutes(30)), detected)).isEqualTo(Duration.ofMinutes(30));
        });
        JsonNode coverage = get("/api/v1/network/coverage");
        assertThat(coverage.path("region").path("activeSites").asInt()).isEqualTo(424);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
