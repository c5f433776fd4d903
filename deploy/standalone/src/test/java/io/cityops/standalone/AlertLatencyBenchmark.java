package io.cityops.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latency of the alert loop in the standalone form, from the reading that closes an hour in event
 * time to the transition it causes arriving on the Server-Sent Events stream.
 *
 * <p>Hours alternate between heavy pollution (PM2.5 180 µg/m³, AQI 230) and clean air (PM2.5 20,
 * AQI 29) at every reference-grade station, so each hour's close raises, clears or brings back the
 * district's and every sub-district's AQI alert and the stations' PM2.5 alerts. The readings of an
 * hour are published first and given time to settle; then the first readings of the next hour — 31 s
 * past it, just beyond the 30 s out-of-orderness bound — are published, which moves the watermark
 * past the hour's end. Latency is measured from the moment the first of those triggering readings is
 * sent to the moment each resulting transition arrives on the stream, so it includes the MQTT
 * broker, the bridge, Kafka, the air job, the alert job, Kafka again and the API.
 *
 * <p>A benchmark, not part of the test suite: run it with
 * {@code deploy/run-tests.sh -pl deploy/standalone -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AlertLatencyBenchmark}
 * ({@code -Dcityops.bench.hours=N} for more hours, default 12). It prints the percentiles and asserts
 * only that every hour's close produced its transitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double POLLUTED_PM25 = 180;
    private static final double CLEAN_PM25 = 20;
    /** Transitions an hour's close can cause; escalations run on their own clock and are left out. */
    private static final Set<String> CONDITION_ACTIONS = Set.of("opened", "condition_cleared", "condition_returned",
            "reopened", "severity_raised");

    @TempDir
    static Path dataDir;

    private Standalone standalone;
    private List<Sensor> stations;
    private final BlockingQueue<ArrivedEvent> events = new LinkedBlockingQueue<>();
    private Thread sseReader;

    record ArrivedEvent(long nanos, String name, JsonNode data) {
    }

    @BeforeAll
    void start() throws Exception {
        String influxdbUrl = System.getProperty("cityops.influxdb.url", "http://127.0.0.1:8086");
        standalone = Standalone.start(StandaloneOptions.parse(new String[] {
            "--data-dir", dataDir.toString(),
            "--api-port", Integer.toString(FreePorts.one()),
            "--mqtt-port", Integer.toString(FreePorts.one()),
            "--kafka-port", Integer.toString(FreePorts.adjacentPair()),
            "--influxdb-url", influxdbUrl,
            "--influxdb-database", "bench_" + UUID.randomUUID().toString().replace("-", ""),
            "--simulators", "none"}));
        Catalogue catalogue = CatalogueLoader.loadDefault();
        stations = catalogue.airRollupStationsWithin(catalogue.district().id());
        sseReader = new Thread(this::readStream, "sse-reader");
        sseReader.setDaemon(true);
        sseReader.start();
    }

    @AfterAll
    void stop() {
        if (sseReader != null) {
            sseReader.interrupt();
        }
        if (standalone != null) {
            standalone.close();
        }
    }

    @Test
    void transitionsArriveOnTheStreamSoonAfterTheirHourCloses() throws Exception {
        int hours = Integer.getInteger("cityops.bench.hours", 12);
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours + 1));
        List<Long> latenciesMicros = new ArrayList<>();
        List<Integer> perHour = new ArrayList<>();
        MqttClient mqtt = connect();
        try {
            long seq = 0;
            publishBatch(mqtt, first.plusSeconds(31), pm25(0), seq++);
            for (int hour = 0; hour < hours; hour++) {
                Instant start = first.plus(Duration.ofHours(hour));
                for (int minute = 5; minute < 60; minute += 5) {
                    publishBatch(mqtt, start.plus(Duration.ofMinutes(minute)), pm25(hour), seq++);
                }
                // Let the hour's own readings pass through, so that what follows measures the close alone.
                Thread.sleep(1500);
                events.clear();
                long triggeredAt = System.nanoTime();
                publishBatch(mqtt, start.plus(Duration.ofHours(1)).plusSeconds(31), pm25(hour + 1), seq++);
                int caused = 0;
                ArrivedEvent event;
                while ((event = events.poll(caused == 0 ? 20 : 3, TimeUnit.SECONDS)) != null) {
                    if (isConditionTransition(event)) {
                        latenciesMicros.add((event.nanos() - triggeredAt) / 1000);
                        caused++;
                    }
                }
                perHour.add(caused);
            }
        } finally {
            mqtt.disconnect();
            mqtt.close();
        }
        report(hours, latenciesMicros, perHour);
        assertThat(perHour).as("transitions caused by each hour's close").allSatisfy(n -> assertThat(n).isPositive());
    }

    private static double pm25(int hour) {
        return hour % 2 == 0 ? POLLUTED_PM25 : CLEAN_PM25;
    }

    private static boolean isConditionTransition(ArrivedEvent event) {
        return "transition".equals(event.name())
                && CONDITION_ACTIONS.contains(event.data().path("transition").path("action").asText());
    }

    private void publishBatch(MqttClient mqtt, Instant ts, double pm25, long seq) throws Exception {
        for (Sensor station : stations) {
            Reading reading = new Reading(station.id(), SensorKind.AIR, ts, seq, Map.of(
                    "pm25", pm25, "pm10", 60.0, "so2", 10.0, "no2", 30.0, "co", 0.6, "o3", 50.0));
            mqtt.publish(MqttTopics.readingTopic(SensorKind.AIR, station.id()), ReadingCodec.encode(reading), 1, false);
        }
    }

    private MqttClient connect() throws Exception {
        MqttClient client = new MqttClient(standalone.mqttServerUri(), "bench-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        return client;
    }

    /** Reads the stream line by line, stamping each event with its arrival time. */
    private void readStream() {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = standalone.apiUri().resolve("/api/v1/alerts/stream");
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new ArrivedEvent(System.nanoTime(), name, JSON.readTree(data.toString())));
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("SSE stream ended: " + e);
        }
    }

    private void report(int hours, List<Long> latenciesMicros, List<Integer> perHour) {
        List<Long> sorted = latenciesMicros.stream().sorted().toList();
        System.out.printf("%nAlert latency, triggering reading -> SSE transition: %d hours closed, %d stations, "
                + "%d transitions (per hour: %s)%n", hours, stations.size(), sorted.size(), perHour);
        if (!sorted.isEmpty()) {
            System.out.printf("  p50 %d ms   p90 %d ms   p99 %d ms   max %d ms%n%n",
                    percentile(sorted, 50) / 1000, percentile(sorted, 90) / 1000, percentile(sorted, 99) / 1000,
                    sorted.get(sorted.size() - 1) / 1000);
        }
    }

    /** Nearest-rank percentile. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
