package io.cityops.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The energy path of the standalone form: the government offices' electricity meter publishes over
 * MQTT (and is swapped at 02:00), the cement works' coal meter through its platform straight onto
 * Kafka; the API answers with exactly the consumption, tce and tCO2 the coefficients give, and with
 * barometer levels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneEnergyIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime DAY = ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, SHANGHAI);
    private static final String OFFICES = "em-wbl-0009";
    private static final String CEMENT_COAL = "em-wbl-0002";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Duration AWAIT = Duration.ofMinutes(3);

    @TempDir
    static Path dataDir;

    private Standalone standalone;
    private URI api;
    private String influxdbUrl;
    private String database;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startEverythingAndPublish() throws Exception {
        influxdbUrl = System.getProperty("cityops.influxdb.url", "http://127.0.0.1:8086");
        database = "e2e_energy_" + UUID.randomUUID().toString().replace("-", "");
        standalone = Standalone.start(StandaloneOptions.parse(new String[] {
            "--data-dir", dataDir.toString(),
            "--api-port", Integer.toString(freePort()),
            "--mqtt-port", Integer.toString(freePort()),
            "--kafka-port", Integer.toString(freeAdjacentPorts()),
            "--influxdb-url", influxdbUrl,
            "--influxdb-database", database,
            "--simulators", "none"}));
        api = standalone.apiUri();

        List<Reading> offices = new ArrayList<>();
        List<Reading> cement = new ArrayList<>();
        // Every 15 minutes from 00:00 to 04:15. Offices: +100 kWh until 01:45 (5,700), swapped at 02:00 (0),
        // then +100 again. Cement: +5,000 kg of raw coal every 15 minutes.
        for (int i = 0; i <= 17; i++) {
            double kwh = i < 8 ? 5_000 + 100 * i : 100 * (i - 8);
            offices.add(reading(OFFICES, i, "electricity_kwh", kwh));
            cement.add(reading(CEMENT_COAL, i, "coal_kg", 2_000_000 + 5_000.0 * i));
        }
        publishOverMqtt(offices);
        produceToKafka(cement);
    }

    @AfterAll
    void stopEverythingAndDropTheDatabase() throws Exception {
        try {
            if (standalone != null) {
                standalone.close();
            }
        } finally {
            String drop = "q=" + URLEncoder.encode("DROP DATABASE \"" + database + "\"", StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(URI.create(influxdbUrl + "/query"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(drop)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static Reading reading(String meter, int quarter, String key, double counter) {
        return new Reading(meter, SensorKind.ENERGY, DAY.plusMinutes(15L * quarter).toInstant(), (long) quarter, Map.of(key, counter));
    }

    @Test
    void theSeriesHoldExactlyWhatTheCoefficientsGiveAndTheSwapNeitherSubtractsNorDoubles() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode kwh = get("/api/v1/energy/series?meter=" + OFFICES + "&unit=native&" + day());
            // 01:00–02:00 holds 300: the quarter of the swap is not guessed.
            assertThat(values(kwh)).containsExactly("400", "300", "400", "400");
            // GB/T 2589-2020: 400 kWh × 0.1229 kgce/kWh.
            assertThat(values(get("/api/v1/energy/series?meter=" + OFFICES + "&unit=tce&" + day()))).startsWith("0.04916");
            // 20,000 kg of raw coal an hour × 0.7143 kgce/kg.
            assertThat(values(get("/api/v1/energy/series?meter=" + CEMENT_COAL + "&unit=tce&" + day())))
                    .containsExactly("14.286", "14.286", "14.286", "14.286");
        });
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            // The four complete hours: 1,500 kWh (0.18435 tce; 0.95415 tCO2 at 0.6361 kgCO2/kWh) and 80,000 kg
            // of coal (57.144 tce; 152.024 tCO2 at 1.9003 kgCO2/kg). 04:00–05:00 is not complete yet.
            JsonNode tce = get("/api/v1/energy/series?region=wbl&resolution=day&unit=tce&" + day());
            JsonNode tco2 = get("/api/v1/energy/series?region=wbl&resolution=day&unit=tco2&" + day());
            assertThat(values(tce)).containsExactly("57.32835");
            assertThat(values(tco2)).containsExactly("152.97815");
        });
    }

    @Test
    void theDistrictAndTheSubDistrictsWithMetersHaveABarometerLevel() {
        await().atMost(AWAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String region : List.of("wbl", "wbl-heping", "wbl-baijiazhuang")) {
                JsonNode barometer = get("/api/v1/energy/barometer?region=" + region);
                assertThat(barometer.path("level").asText()).as(region).isIn("green", "yellow", "red");
                assertThat(barometer.path("energy").path("intensity").decimalValue()).as(region).isPositive();
                assertThat(barometer.path("rule").asText()).as(region).contains("worse");
            }
        });
    }

    private static String day() {
        return "from=2026-12-01&to=2026-12-02";
    }

    private static List<String> values(JsonNode series) {
        List<String> values = new ArrayList<>();
        series.path("points").forEach(p -> values.add(p.path("value").decimalValue().toPlainString()));
        return values;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void publishOverMqtt(List<Reading> readings) throws Exception {
        MqttClient client = new MqttClient(standalone.mqttServerUri(), "e2e-energy-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        try {
            for (Reading reading : readings) {
                client.publish(MqttTopics.readingTopic(reading.kind(), reading.sensorId()), ReadingCodec.encode(reading), 1, false);
            }
        } finally {
            client.disconnect();
            client.close();
        }
    }

    private void produceToKafka(List<Reading> readings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, standalone.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Reading reading : readings) {
                producer.send(new ProducerRecord<>(Topics.READINGS, reading.sensorId(), ReadingCodec.encode(reading)));
            }
            producer.flush();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A free port whose successor is free too (Kafka's controller takes port + 1). */
    private static int freeAdjacentPorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two adjacent free ports found");
    }
}
