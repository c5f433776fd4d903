package io.cityops.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.testing.LocalInfluxDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closed alert loop in the standalone form, seen only through the public API (HTTP and
 * Server-Sent Events), as an operations screen sees it.
 *
 * <p><b>Why two sources of readings.</b> The air job closes an hour when event time passes its end;
 * readings more than five minutes ahead of the wall clock are rejected as future, and an hour
 * computed more than an hour (plus 30 s) after its end is history: its alerts are marked
 * {@code replayed}, page no one and are never escalated. So within a test run only the hour that
 * ended last on the wall clock can close live; an episode that raises and later clears a condition
 * spans several hours and, played in minutes, necessarily lies in the past. The test therefore:
 * <ol>
 *   <li>lets the air simulator play a scripted 12-hour episode two to three days back at 1000× speed
 *       ({@code --simulators air --start … --speed-up 1000 --episode …}; about a minute of wall time):
 *       the district's AQI alert {@code region-aqi:wbl:1} opens, its severity rises with the plateau,
 *       and the cold front clears its condition — all marked replayed, and (as the rules say) never
 *       escalated. The front is placed in a local afternoon, when December's heating-season air is at
 *       its cleanest, so the condition does not return by itself;</li>
 *   <li>as soon as the condition has cleared, lets the stations take over: they publish over MQTT, as
 *       real stations do, heavily polluted readings of the live hour (the hour that ended last on the
 *       wall clock). The first of them moves event time past everything the simulator still sends
 *       (dead-lettered as too late from then on), so its history cannot interfere with what follows;</li>
 *   <li>has an operator drive the cleared alert accept → assign → resolve → close, with one stale
 *       command refused (409), and reads the audit trail;</li>
 *   <li>closes the live hour: the next alert {@code region-aqi:wbl:2} opens live (not replayed); nobody
 *       accepts it, so it escalates once the accept limit passes. The catalogue is the default one
 *       with the air accept limit cut to five seconds ({@code --catalogue}).</li>
 * </ol>
 * Throughout, a screen follows the stream, drops its connection after the first alert opened and
 * comes back with {@code Last-Event-ID} after the operator's work; what it received must equal, event
 * for event and without repeats, a fresh stream read from the beginning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneAlertLoopIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DISTRICT = "wbl";
    private static final String FIRST = "region-aqi:" + DISTRICT + ":1";
    private static final String SECOND = "region-aqi:" + DISTRICT + ":2";
    private static final double SPEED_UP = 1000;
    private static final String DEFAULT_AIR_LIMITS = "air: {acceptWithin: PT30M, resolveWithin: PT24H}";
    private static final String TEST_AIR_LIMITS = "air: {acceptWithin: PT5S, resolveWithin: PT24H}";

    @TempDir
    static Path dataDir;

    private Standalone standalone;
    private URI alerts;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Instant started;
    private LocalInfluxDb influx;
    private String database;

    @BeforeAll
    void start() throws Exception {
        started = Instant.now();
        // The episode ends at 14:00 local time (06:00 UTC), at least two days back: its cold front passes
        // in the afternoon, when even December's heating-season air is at its cleanest, and the clean
        // air after it keeps the condition from returning while the operator works.
        Instant latestEnd = started.minus(Duration.ofHours(48));
        Instant episodeEnd = latestEnd.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(6));
        if (episodeEnd.isAfter(latestEnd)) {
            episodeEnd = episodeEnd.minus(Duration.ofDays(1));
        }
        Instant episodeStart = episodeEnd.minus(Duration.ofHours(12));
        Instant simulationStart = episodeStart.minus(Duration.ofHours(1));
        influx = new LocalInfluxDb();
        database = influx.createDatabase("alert_loop");
        standalone = Standalone.start(StandaloneOptions.parse(new String[] {
            "--data-dir", dataDir.toString(),
            "--api-port", Integer.toString(FreePorts.one()),
            "--mqtt-port", Integer.toString(FreePorts.one()),
            "--kafka-port", Integer.toString(FreePorts.adjacentPair()),
            "--influxdb-url", influx.url(),
            "--influxdb-database", database,
            "--catalogue", shortLimitCatalogue().toString(),
            "--simulators", "air",
            "--start", simulationStart.toString(),
            "--speed-up", Double.toString(SPEED_UP),
            "--episode", episodeStart + "/PT12H/250"}));
        alerts = standalone.apiUri().resolve("/api/v1/alerts/");
    }

    @AfterAll
    void stop() {
        try {
            if (standalone != null) {
                standalone.close();
            }
        } finally {
            if (database != null) {
                influx.dropDatabase(database);
            }
        }
        System.out.printf("StandaloneAlertLoopIT wall time %d s%n", Duration.between(started, Instant.now()).toSeconds());
    }

    /** The built-in catalogue with the air accept limit cut to five seconds, so an escalation shows quickly. */
    private static Path shortLimitCatalogue() throws IOException {
        String text;
        try (InputStream in = StandaloneAlertLoopIT.class.getClassLoader().getResourceAsStream(CatalogueLoader.DEFAULT_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).as("default air time limits").contains(DEFAULT_AIR_LIMITS);
        Path file = dataDir.resolve("catalogue-short-limits.yaml");
        Files.writeString(file, text.replace(DEFAULT_AIR_LIMITS, TEST_AIR_LIMITS));
        return file;
    }

    @Test
    void episodeRaisesAndClearsOperatorClosesLiveAlertEscalatesAndTheStreamResumesWithoutGapsOrRepeats() throws Exception {
        SseClient screen = SseClient.open(http, streamUri(), null);

        // 1. The simulated episode opens the district's AQI alert; its severity follows the plateau.
        SseEvent opened = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> screen.transition(FIRST, "opened"), Optional::isPresent).orElseThrow();
        assertThat(opened.data().path("alert").path("replayed").asBoolean()).as("history is marked replayed").isTrue();
        assertThat(opened.data().path("replayed").asBoolean()).isTrue();
        // The screen loses its connection here and misses the operator's work.
        screen.close();
        String lastSeen = screen.lastId();

        JsonNode cleared = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> alert(FIRST), a -> "cleared".equals(a.path("condition").asText()));
        // 2. Stations take over from the simulator: their first readings of the live hour move event time
        // past everything it will still send, so nothing more of its history reaches the rules.
        MqttClient mqtt = connectMqtt();
        List<Sensor> stations = CatalogueLoader.loadDefault().sensorsWithin(DISTRICT, SensorKind.AIR);
        // The live hour: the last one to end on the wall clock, or the current one if it ends within two
        // minutes, so that it is still live (computed within an hour of its end) when it closes below.
        Instant liveHourEnd = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.HOURS);
        Instant liveHourStart = liveHourEnd.minus(Duration.ofHours(1));
        publish(mqtt, stations, liveHourStart.plusSeconds(31), 1_000_000);
        List<String> episodeTrail = actions(cleared);
        assertThat(episodeTrail).startsWith("opened").contains("condition_cleared");
        assertThat(new BigDecimal(cleared.path("peak").asText())).as("peak AQI of the episode")
                .isGreaterThan(new BigDecimal("200"));
        assertThat(cleared.path("severity").asText()).isIn("warning", "critical");
        assertThat(episodeTrail).as("replayed alerts page no one: no escalation").doesNotContain("escalated");
        assertThat(cleared.path("state").asText()).isEqualTo("open");

        // 3. The operator's loop, each command against the version last seen.
        int version = cleared.path("version").asInt();
        JsonNode accepted = command(FIRST, "accept", Map.of("actor", "li.wei", "note", "looking at it", "expectedVersion", version));
        assertThat(accepted.path("state").asText()).isEqualTo("accepted");
        assertThat(accepted.path("version").asInt()).isEqualTo(version + 1);

        HttpResponse<String> stale = post(FIRST, "assign",
                Map.of("actor", "wang.fang", "assignee", "env-team-1", "expectedVersion", version));
        assertThat(stale.statusCode()).as("stale expectedVersion").isEqualTo(409);
        JsonNode problem = JSON.readTree(stale.body());
        assertThat(problem.path("reason").asText()).isEqualTo("stale_version");
        assertThat(problem.path("alert").path("version").asInt()).as("the current alert comes back").isEqualTo(version + 1);
        assertThat(problem.path("alert").path("state").asText()).isEqualTo("accepted");

        JsonNode assigned = command(FIRST, "assign",
                Map.of("actor", "li.wei", "assignee", "env-team-2", "note", "dust crew sent", "expectedVersion", version + 1));
        assertThat(assigned.path("state").asText()).isEqualTo("assigned");
        assertThat(assigned.path("assignee").asText()).isEqualTo("env-team-2");
        JsonNode resolved = command(FIRST, "resolve",
                Map.of("actor", "wang.fang", "note", "site watered, covers on", "expectedVersion", version + 2));
        assertThat(resolved.path("state").asText()).isEqualTo("resolved");
        JsonNode closed = command(FIRST, "close", Map.of("actor", "li.wei", "verified", true, "expectedVersion", version + 3));
        assertThat(closed.path("state").asText()).isEqualTo("closed");
        assertThat(closed.path("version").asInt()).isEqualTo(version + 4);

        JsonNode trail = alert(FIRST);
        JsonNode audit = trail.path("audit");
        assertThat(audit.size()).isEqualTo(version + 4);
        for (int i = 0; i < audit.size(); i++) {
            assertThat(audit.get(i).path("version").asInt()).as("audit entry %d", i).isEqualTo(i + 1);
        }
        List<String> operatorSteps = new ArrayList<>();
        for (int i = version; i < audit.size(); i++) {
            JsonNode e = audit.get(i);
            operatorSteps.add(e.path("action").asText() + " by " + e.path("actor").asText() + " -> " + e.path("to").asText()
                    + (e.path("note").asText().isEmpty() ? "" : " (" + e.path("note").asText() + ")"));
        }
        assertThat(operatorSteps).containsExactly(
                "accepted by li.wei -> accepted (looking at it)",
                "assigned by li.wei -> assigned (to env-team-2: dust crew sent)",
                "resolved by wang.fang -> resolved (site watered, covers on)",
                "closed by li.wei -> closed");
        assertThat(audit.get(0).path("actor").asText()).isEqualTo("system");

        // 4. The live polluted hour closes and opens the next alert; nobody accepts it, so it escalates.
        for (int minute = 5; minute < 60; minute += 5) {
            publish(mqtt, stations, liveHourStart.plus(Duration.ofMinutes(minute)), 1_000_000 + minute);
        }
        publish(mqtt, stations, liveHourEnd.plusSeconds(31), 1_000_060);
        mqtt.disconnect();
        mqtt.close();
        JsonNode escalated = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> alertIfAny(SECOND), a -> a != null && actions(a).contains("escalated"));
        assertThat(escalated.path("replayed").asBoolean()).as("a live alert").isFalse();
        assertThat(escalated.path("acceptOverdue").asBoolean()).isTrue();
        assertThat(escalated.path("state").asText()).isEqualTo("open");
        assertThat(escalated.path("condition").asText()).isEqualTo("active");
        JsonNode openedLive = escalated.path("audit").get(0);
        assertThat(openedLive.path("action").asText()).isEqualTo("opened");
        JsonNode escalation = entry(escalated, "escalated");
        assertThat(escalation.path("actor").asText()).isEqualTo("system");
        assertThat(severityRank(escalation.path("severity").asText()))
                .as("escalation raises the severity by one level")
                .isEqualTo(Math.min(severityRank(severityBefore(escalated, escalation)) + 1, 2));

        // 5. The screen comes back and asks for everything after the last event it saw.
        SseClient resumed = SseClient.open(http, streamUri(), lastSeen);
        SseEvent lastOfResumed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> resumed.transition(SECOND, "escalated"), Optional::isPresent).orElseThrow();
        resumed.close();
        long end = lastOfResumed.offset();
        SseClient fresh = SseClient.open(http, streamUri(), null);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> fresh.events().stream().anyMatch(e -> e.offset() >= end));
        fresh.close();

        List<SseEvent> screenSaw = new ArrayList<>(screen.events());
        screenSaw.addAll(resumed.events());
        List<String> seenByScreen = screenSaw.stream().filter(e -> e.offset() <= end).map(SseEvent::describe).toList();
        List<String> complete = fresh.events().stream().filter(e -> e.offset() <= end).map(SseEvent::describe).toList();
        assertThat(seenByScreen).as("what the reconnecting screen received, against a fresh stream").isEqualTo(complete);
        Set<String> transitions = new HashSet<>();
        for (SseEvent e : screenSaw) {
            if (e.name().equals("transition")) {
                assertThat(transitions.add(e.alertVersion())).as("transition %s received once", e.alertVersion()).isTrue();
            }
        }
        assertThat(transitions).as("the operator's transitions, made while the screen was away")
                .contains(FIRST + "@" + (version + 1), FIRST + "@" + (version + 2), FIRST + "@" + (version + 3),
                        FIRST + "@" + (version + 4));
        assertThat(resumed.events()).as("the resumed stream starts after the last event seen")
                .allSatisfy(e -> assertThat(e.offset()).isGreaterThan(Long.parseLong(lastSeen)));
        assertThat(screenSaw.stream().filter(e -> e.name().equals("rejection")).map(e -> e.data().path("reason").asText()))
                .as("the stale command's rejection is on the stream too").contains("stale_version");
    }

    private MqttClient connectMqtt() throws Exception {
        MqttClient mqtt = new MqttClient(standalone.mqttServerUri(), "loop-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        mqtt.connect(options);
        return mqtt;
    }

    /** Heavy pollution (PM2.5 180 µg/m³, AQI 230) at every air station of the district, each with what it measures. */
    private static void publish(MqttClient mqtt, List<Sensor> stations, Instant ts, long seq) throws Exception {
        Map<String, Double> polluted = Map.of("pm25", 180.0, "pm10", 220.0, "so2", 15.0, "no2", 50.0, "co", 1.2, "o3", 20.0);
        for (Sensor station : stations) {
            Map<String, Double> values = new LinkedHashMap<>();
            station.measures().stream().filter(polluted::containsKey).forEach(key -> values.put(key, polluted.get(key)));
            Reading reading = new Reading(station.id(), SensorKind.AIR, ts, seq, values);
            mqtt.publish(MqttTopics.readingTopic(SensorKind.AIR, station.id()), ReadingCodec.encode(reading), 1, false);
        }
    }

    private URI streamUri() {
        return alerts.resolve("stream");
    }

    private JsonNode alert(String id) throws IOException, InterruptedException {
        JsonNode alert = alertIfAny(id);
        if (alert == null) {
            throw new AssertionError("no alert " + id + " yet");
        }
        return alert;
    }

    /** The alert with its audit trail, or null while the API does not know it (404). */
    private JsonNode alertIfAny(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(alerts + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as("GET %s: %s", id, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode command(String id, String action, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(id, action, body);
        assertThat(response.statusCode()).as("POST %s/%s: %s", id, action, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String id, String action, Map<String, Object> body) throws IOException, InterruptedException {
        ObjectNode json = JSON.valueToTree(body);
        return http.send(HttpRequest.newBuilder(URI.create(alerts + id + "/" + action))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> actions(JsonNode alert) {
        List<String> actions = new ArrayList<>();
        alert.path("audit").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private static JsonNode entry(JsonNode alert, String action) {
        for (JsonNode e : alert.path("audit")) {
            if (action.equals(e.path("action").asText())) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " entry in " + alert);
    }

    /** The severity in force just before the given audit entry. */
    private static String severityBefore(JsonNode alert, JsonNode entry) {
        String severity = null;
        for (JsonNode e : alert.path("audit")) {
            if (e.path("version").asInt() >= entry.path("version").asInt()) {
                break;
            }
            severity = e.path("severity").asText();
        }
        return severity;
    }

    private static int severityRank(String severity) {
        return List.of("info", "warning", "critical").indexOf(severity);
    }

    /** One Server-Sent Event as received. */
    record SseEvent(String id, String name, JsonNode data) {

        long offset() {
            return Long.parseLong(id);
        }

        String alertId() {
            return data.path("alert").path("id").asText(data.path("alertId").asText());
        }

        /** Identity of a transition: (alert id, version). */
        String alertVersion() {
            return alertId() + "@" + data.path("transition").path("version").asInt();
        }

        String describe() {
            return id + " " + name + " " + (name.equals("transition")
                    ? alertVersion() + " " + data.path("transition").path("action").asText()
                    : alertId() + " " + data.path("reason").asText());
        }
    }

    /** A stream reader that keeps the events carrying an id (transitions and rejections), in order. */
    static final class SseClient implements AutoCloseable {
        private final List<SseEvent> events = new CopyOnWriteArrayList<>();
        private final InputStream body;
        private final Thread reader;
        private volatile String lastId;
        private volatile boolean closed;

        private SseClient(InputStream body, String lastEventId) {
            this.body = body;
            this.lastId = lastEventId;
            this.reader = new Thread(this::read, "sse-client");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        static SseClient open(HttpClient http, URI uri, String lastEventId) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            return new SseClient(response.body(), lastEventId);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String name = "message";
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (closed) {
                            return;
                        }
                        if (id != null && data.length() > 0) {
                            events.add(new SseEvent(id, name, JSON.readTree(data.toString())));
                            lastId = id;
                        }
                        id = null;
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            } catch (IOException e) {
                // closed by the test: the screen disconnects
            }
        }

        List<SseEvent> events() {
            return List.copyOf(events);
        }

        String lastId() {
            return lastId;
        }

        Optional<SseEvent> transition(String alertId, String action) {
            return events.stream()
                    .filter(e -> e.name().equals("transition") && e.alertId().equals(alertId)
                            && action.equals(e.data().path("transition").path("action").asText()))
                    .findFirst();
        }

        /** Disconnects: nothing received from now on is taken in. */
        @Override
        public void close() {
            closed = true;
            try {
                body.close();
            } catch (IOException e) {
                // already gone
            }
            try {
                reader.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
