package io.cityops.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.jobs.air.aqi.AqiCalculator;
import io.cityops.jobs.air.aqi.AqiReport;
import io.cityops.jobs.air.aqi.AqiStandard;
import io.cityops.jobs.air.aqi.DailyConcentrations;
import io.cityops.jobs.air.aqi.HourlyConcentrations;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole standalone form on real components: readings published over MQTT to the in-process
 * broker flow through the bridge, the in-process Kafka broker and the Flink job on a local
 * mini-cluster into a real InfluxDB, and the API answers with the hourly and daily AQI computed from
 * them; malformed and unknown-sensor messages end on {@code city.readings.invalid} with their reasons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneEndToEndIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String STATION = "aq-wbl-0001";
    /** A local day under HJ 633-2026. */
    private static final ZonedDateTime DAY = ZonedDateTime.of(2026, 11, 26, 0, 0, 0, 0, SHANGHAI);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private Standalone standalone;
    private URI api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startEverything() throws Exception {
        String influxdbUrl = System.getProperty("cityops.influxdb.url", "http://127.0.0.1:8086");
        StandaloneOptions options = StandaloneOptions.parse(new String[] {
            "--data-dir", dataDir.toString(),
            "--api-port", Integer.toString(FreePorts.one()),
            "--mqtt-port", Integer.toString(FreePorts.one()),
            "--kafka-port", Integer.toString(FreePorts.adjacentPair()),
            "--influxdb-url", influxdbUrl,
            "--influxdb-database", "e2e_" + UUID.randomUUID().toString().replace("-", ""),
            "--simulators", "none"});
        standalone = Standalone.start(options);
        api = standalone.apiUri();
    }

    @AfterAll
    void stopEverything() {
        if (standalone != null) {
            standalone.close();
        }
    }

    /** PM2.5 of the hour starting at local hour h: varies over the day so every hour has its own AQI. */
    private static double pm25(int hour) {
        return 40 + 3.5 * hour;
    }

    @Test
    void readingsPublishedOverMqttComeBackAsHourlyAndDailyAqiThroughTheApi() throws Exception {
        List<Reading> readings = new ArrayList<>();
        long seq = 0;
        for (int hour = 0; hour < 24; hour++) {
            for (int minute = 0; minute < 60; minute += 5) {
                Instant ts = DAY.plusHours(hour).plusMinutes(minute).toInstant();
                readings.add(new Reading(STATION, SensorKind.AIR, ts, seq++, Map.of(
                        "pm25", pm25(hour), "pm10", 100.0, "so2", 10.0, "no2", 40.0, "co", 1.0, "o3", 60.0)));
            }
        }
        // Readings of the next day move event time past the day's end so the day closes.
        for (int minute = 0; minute <= 90; minute += 5) {
            readings.add(new Reading(STATION, SensorKind.AIR, DAY.plusDays(1).plusMinutes(minute).toInstant(), seq++,
                    Map.of("pm25", 30.0)));
        }
        publish(readings);
        publishRaw("city/air/" + STATION + "/reading", "{not json");
        publishRaw("city/air/aq-nowhere/reading",
                "{\"sensorId\":\"aq-nowhere\",\"kind\":\"air\",\"ts\":\"2026-11-26T08:00:00+08:00\",\"values\":{\"pm25\":10}}");

        JsonNode hourly = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .until(() -> aqi("hour"), body -> body.path("points").size() == 24);
        for (int hour = 0; hour < 24; hour++) {
            JsonNode point = hourly.path("points").get(hour);
            AqiReport expected = AqiCalculator.hourly(AqiStandard.HJ_633_2026, new HourlyConcentrations(
                    bd(10), bd(40), bd(1.0), bd(60), bd(100), bd(pm25(hour)), null, null, null, null));
            assertThat(OffsetDateTime.parse(point.path("start").asText()).toInstant()).isEqualTo(DAY.plusHours(hour).toInstant());
            assertThat(point.path("aqi").asInt()).as("AQI of hour %d", hour).isEqualTo(expected.aqi());
            assertThat(point.path("category").asText()).isEqualTo(expected.category().code());
            assertThat(point.path("standard").asText()).isEqualTo("HJ 633-2026");
        }

        JsonNode daily = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> aqi("day"), body -> body.path("points").size() == 1);
        BigDecimal dailyPm25 = BigDecimal.ZERO;
        for (int hour = 0; hour < 24; hour++) {
            dailyPm25 = dailyPm25.add(bd(pm25(hour)));
        }
        dailyPm25 = dailyPm25.divide(BigDecimal.valueOf(24));
        AqiReport expectedDaily = AqiCalculator.daily(AqiStandard.HJ_633_2026, new DailyConcentrations(
                bd(10), bd(40), bd(1.0), bd(100), dailyPm25, bd(60), bd(60)));
        JsonNode day = daily.path("points").get(0);
        assertThat(day.path("aqi").asInt()).isEqualTo(expectedDaily.aqi());
        assertThat(day.path("primaryPollutants").get(0).asText()).isEqualTo("pm25");

        Map<String, String> reasons = deadLetterReasons(2);
        assertThat(reasons).containsEntry("{not json", "malformed_json");
        assertThat(reasons.values()).contains("unknown_sensor");

        // From 22:00 the hourly PM2.5 (117 µg/m³) is above 115: the alert job opens the station's alert.
        // November is history to the wall clock, so the alert is marked replayed and pages no one.
        JsonNode opened = firstAlertRecord("station-pm25-hourly:" + STATION + ":1");
        assertThat(opened.path("type").asText()).isEqualTo("transition");
        assertThat(opened.path("transition").path("action").asText()).isEqualTo("opened");
        assertThat(opened.path("alert").path("current").decimalValue()).isEqualByComparingTo("117");
        assertThat(opened.path("alert").path("firstSeen").asText()).isEqualTo(DAY.plusHours(23).toInstant().toString());
        assertThat(opened.path("alert").path("replayed").asBoolean()).isTrue();
    }

    /** The first {@code city.alerts} record about the given alert. */
    private JsonNode firstAlertRecord(String alertId) throws IOException {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, standalone.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (alertId.equals(record.key())) {
                        return JSON.readTree(record.value());
                    }
                }
            }
        }
        throw new AssertionError("no record of " + alertId + " on " + Topics.ALERTS + " within 2 minutes");
    }

    private JsonNode aqi(String resolution) throws IOException, InterruptedException {
        String query = "station=" + STATION + "&from=" + DAY.toOffsetDateTime() + "&to=" + DAY.plusDays(1).toOffsetDateTime()
                + "&resolution=" + resolution;
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(api.resolve("/api/v1/air/aqi?" + query.replace("+", "%2B"))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private void publish(List<Reading> readings) throws Exception {
        MqttClient client = connect();
        try {
            for (Reading reading : readings) {
                client.publish(MqttTopics.readingTopic(reading.kind(), reading.sensorId()), ReadingCodec.encode(reading), 1, false);
            }
        } finally {
            client.disconnect();
            client.close();
        }
    }

    private void publishRaw(String topic, String payload) throws Exception {
        MqttClient client = connect();
        try {
            client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
        } finally {
            client.disconnect();
            client.close();
        }
    }

    private MqttClient connect() throws Exception {
        MqttClient client = new MqttClient(standalone.mqttServerUri(), "e2e-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        return client;
    }

    /** Payload → reason of the first {@code atLeast} dead letters. */
    private Map<String, String> deadLetterReasons(int atLeast) throws IOException {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, standalone.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, String> reasons = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.READINGS_INVALID));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (reasons.size() < atLeast && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    JsonNode letter = JSON.readTree(record.value());
                    reasons.put(letter.path("payload").asText(), letter.path("reason").asText());
                }
            }
        }
        return reasons;
    }

    private static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value);
    }
}
