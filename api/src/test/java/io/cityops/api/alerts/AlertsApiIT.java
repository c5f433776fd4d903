package io.cityops.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.testing.Json;
import io.cityops.testing.TestKafkaCluster;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The alert REST API on a real broker, with the test playing the alert job per docs/alerts.md: the list
 * and its filters, one alert with its trail, and the operator's commands answered by what the job writes.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsApiIT implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

    private TestKafkaCluster kafka;
    private AlertJobFixture job;

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    AlertView view;

    private BlockingHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        kafka = AlertKafka.start();
        job = new AlertJobFixture(kafka.bootstrapServers());
        // History the API finds when it starts.
        job.open("region-aqi:wbl-xiayuan:1", "wbl-xiayuan", "air", "warning", T0.plus(Duration.ofHours(1)));
        job.open("region-aqi:wbl-heping:1", "wbl-heping", "air", "critical", T0.plus(Duration.ofHours(2)));
        job.open("site-down:wbl-heping-c1:1", "wbl-heping", "network", "info", T0.plus(Duration.ofHours(3)));
        job.open("region-aqi:wbl-qianfeng:1", "wbl-qianfeng", "air", "warning", T0.plus(Duration.ofHours(4)));
        return Map.of("cityops.kafka.bootstrap-servers", kafka.bootstrapServers(),
                "cityops.alerts.answer-timeout", "3s",
                "cityops.alerts.default-page-size", "2");
    }

    @BeforeAll
    void awaitTheHistory() {
        client = httpClient.toBlocking();
        await().atMost(Duration.ofSeconds(30)).until(() -> view.status().caughtUp() && view.alerts().size() >= 4);
    }

    @AfterAll
    void stop() throws InterruptedException {
        job.close();
        kafka.close();
    }

    @Test
    void listsNewestFirstAPageAtATime() {
        JsonNode first = Json.get(client, "/api/v1/alerts?status=open,accepted,assigned,resolved,closed,reopened");
        JsonNode second = Json.get(client, "/api/v1/alerts?page=1&size=2");

        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("total").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(first.path("items")).hasSize(2);
        List<Instant> opened = new ArrayList<>();
        first.path("items").forEach(a -> opened.add(Instant.parse(a.path("openedAt").asText())));
        second.path("items").forEach(a -> opened.add(Instant.parse(a.path("openedAt").asText())));
        assertThat(opened).isSortedAccordingTo((a, b) -> b.compareTo(a));
        // The trail is for the single-alert view.
        assertThat(first.path("items").get(0).has("audit")).isFalse();
    }

    @Test
    void filtersByRegionKindSeverityAndOpeningTime() {
        JsonNode heping = Json.get(client, "/api/v1/alerts?region=wbl-heping&size=50");
        JsonNode air = Json.get(client, "/api/v1/alerts?region=wbl-heping&kind=air&size=50");
        JsonNode critical = Json.get(client, "/api/v1/alerts?severity=critical&size=50");
        JsonNode window = Json.get(client, "/api/v1/alerts?from=2026-11-28T01:30:00Z&to=2026-11-28T03:30:00Z&size=50");
        JsonNode district = Json.get(client, "/api/v1/alerts?region=wbl&size=50");

        assertThat(ids(heping)).containsExactlyInAnyOrder("region-aqi:wbl-heping:1", "site-down:wbl-heping-c1:1");
        assertThat(ids(air)).containsExactly("region-aqi:wbl-heping:1");
        assertThat(ids(critical)).contains("region-aqi:wbl-heping:1").doesNotContain("region-aqi:wbl-qianfeng:1");
        assertThat(ids(window)).containsExactly("site-down:wbl-heping-c1:1", "region-aqi:wbl-heping:1");
        assertThat(district.path("total").asInt()).isEqualTo(view.alerts().size());
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        assertProblem(Json.failure(client, "/api/v1/alerts?status=pending"), 400, "status");
        assertProblem(Json.failure(client, "/api/v1/alerts?severity=huge"), 400, "severity");
        assertProblem(Json.failure(client, "/api/v1/alerts?kind=water"), 400, "kind");
        assertProblem(Json.failure(client, "/api/v1/alerts?region=atlantis"), 404, "region");
        assertProblem(Json.failure(client, "/api/v1/alerts?from=yesterday"), 400, "from");
        assertProblem(Json.failure(client, "/api/v1/alerts?from=2026-11-29&to=2026-11-28"), 400, "to");
        assertProblem(Json.failure(client, "/api/v1/alerts?size=100000"), 400, "size");
        assertProblem(Json.failure(client, "/api/v1/alerts?page=-1"), 400, "page");
    }

    @Test
    void healthShowsTheViewCaughtUpAndSkipsUnreadableRecords() {
        job.writeRaw("region-aqi:wbl-xiayuan:1", "{not json".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> view.status().invalid() >= 1);

        JsonNode alerts = Json.get(client, "/health").path("details").path("alerts");

        assertThat(alerts.path("status").asText()).isEqualTo("UP");
        assertThat(alerts.path("details").path("invalidSkipped").asLong()).isEqualTo(1);
        assertThat(alerts.path("details").path("alerts").asLong()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void oneAlertComesWithItsAuditTrail() {
        JsonNode alert = Json.get(client, "/api/v1/alerts/region-aqi:wbl-xiayuan:1");

        assertThat(alert.path("id").asText()).isEqualTo("region-aqi:wbl-xiayuan:1");
        assertThat(alert.path("audit")).isNotEmpty();
        JsonNode opened = alert.path("audit").get(0);
        assertThat(opened.path("action").asText()).isEqualTo("opened");
        assertThat(opened.path("actor").asText()).isEqualTo("system");
        assertThat(opened.path("note").asText()).isEqualTo("AQI above 200");
        // Figures pass through exactly as the job wrote them.
        assertThat(alert.path("current").decimalValue()).isEqualByComparingTo("187.5");
    }

    @Test
    void anUnknownAlertIsNotFound() {
        assertProblem(Json.failure(client, "/api/v1/alerts/region-aqi:atlantis:1"), 404, "id");
        assertProblem(post("/api/v1/alerts/region-aqi:atlantis:1/accept", "{\"actor\":\"li.wei\",\"expectedVersion\":1}"),
                404, "id");
    }

    @Test
    void anOperatorDrivesAnAlertFromAcceptToClose() {
        String id = "region-aqi:wbl-dongshe:1";
        job.open(id, "wbl-dongshe", "air", "warning", Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> view.alert(id).isPresent());

        JsonNode accepted = ok(post(path(id, "accept"), "{\"actor\":\"li.wei\",\"note\":\"looking\",\"expectedVersion\":1}"));
        JsonNode assigned = ok(post(path(id, "assign"),
                "{\"actor\":\"li.wei\",\"assignee\":\"env-team-2\",\"note\":\"dust crew sent\",\"expectedVersion\":2}"));
        JsonNode resolved = ok(post(path(id, "resolve"),
                "{\"actor\":\"wang.fang\",\"note\":\"site watered, covers on\",\"expectedVersion\":3}"));
        JsonNode closed = ok(post(path(id, "close"), "{\"actor\":\"li.wei\",\"verified\":true,\"expectedVersion\":4}"));

        assertThat(accepted.path("state").asText()).isEqualTo("accepted");
        assertThat(accepted.path("version").asLong()).isEqualTo(2);
        assertThat(assigned.path("assignee").asText()).isEqualTo("env-team-2");
        assertThat(resolved.path("state").asText()).isEqualTo("resolved");
        assertThat(closed.path("state").asText()).isEqualTo("closed");
        JsonNode trail = Json.get(client, "/api/v1/alerts/" + id).path("audit");
        assertThat(trail).hasSize(5);
        assertThat(trail.get(3).path("actor").asText()).isEqualTo("wang.fang");
        assertThat(trail.get(3).path("note").asText()).isEqualTo("site watered, covers on");
        // What reached the job is the documented command.
        JsonNode command = job.commands().stream().filter(c -> c.path("alertId").asText().equals(id)
                && c.path("action").asText().equals("assign")).findFirst().orElseThrow();
        assertThat(command.path("commandId").asText()).matches("[0-9a-f-]{36}");
        assertThat(command.path("assignee").asText()).isEqualTo("env-team-2");
        assertThat(command.path("expectedVersion").asLong()).isEqualTo(2);
        assertThat(command.has("verified")).isTrue();
        assertThat(Instant.parse(command.path("issuedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aStaleCommandIsAConflictCarryingTheCurrentAlert() {
        String id = "region-aqi:wbl-ximing:1";
        job.open(id, "wbl-ximing", "air", "warning", Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> view.alert(id).isPresent());
        ok(post(path(id, "accept"), "{\"actor\":\"li.wei\",\"expectedVersion\":1}"));

        HttpResponse<?> stale = post(path(id, "accept"), "{\"actor\":\"zhao.lei\",\"expectedVersion\":1}");

        assertThat(stale.code()).isEqualTo(409);
        JsonNode problem = Json.body(stale);
        assertThat(problem.path("reason").asText()).isEqualTo("stale_version");
        assertThat(problem.path("alert").path("version").asLong()).isEqualTo(2);
        assertThat(problem.path("alert").path("state").asText()).isEqualTo("accepted");
    }

    @Test
    void aTransitionTheWorkflowForbidsIsAConflict() {
        String id = "region-aqi:wbl-xinghua:1";
        job.open(id, "wbl-xinghua", "air", "warning", Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> view.alert(id).isPresent());

        HttpResponse<?> response = post(path(id, "close"), "{\"actor\":\"li.wei\",\"expectedVersion\":1}");

        assertThat(response.code()).isEqualTo(409);
        assertThat(Json.body(response).path("reason").asText()).isEqualTo("invalid_transition");
        assertThat(Json.body(response).path("alert").path("state").asText()).isEqualTo("open");
    }

    @Test
    void anIncompleteCommandIsRefusedBeforeItIsSent() {
        String id = "region-aqi:wbl-xiayuan:1";
        int sent = job.commands().size();

        assertProblem(post(path(id, "accept"), "{\"expectedVersion\":1}"), 400, "actor");
        assertProblem(post(path(id, "accept"), "{\"actor\":\"li.wei\"}"), 400, "expectedVersion");
        assertProblem(post(path(id, "assign"), "{\"actor\":\"li.wei\",\"expectedVersion\":1}"), 400, "assignee");
        assertProblem(post(path(id, "resolve"), "{\"actor\":\"li.wei\",\"expectedVersion\":1}"), 400, "note");
        assertProblem(post(path(id, "reopen"), "{\"actor\":\"li.wei\",\"note\":\" \",\"expectedVersion\":1}"), 400, "note");
        assertProblem(post(path(id, "accept"), "{\"actor\":\"li.wei\",\"verified\":true,\"expectedVersion\":1}"), 400,
                "verified");
        assertProblem(post(path(id, "teleport"), "{\"actor\":\"li.wei\",\"expectedVersion\":1}"), 404, "action");
        assertThat(job.commands()).hasSize(sent);
    }

    @Test
    void aJobThatDoesNotAnswerIsAGatewayTimeout() {
        String id = "region-aqi:wbl-duerping:1";
        job.open(id, "wbl-duerping", "air", "warning", Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> view.alert(id).isPresent());
        job.silent(true);
        try {
            HttpResponse<?> response = post(path(id, "accept"), "{\"actor\":\"li.wei\",\"expectedVersion\":1}");

            assertThat(response.code()).isEqualTo(504);
            assertThat(Json.body(response).path("alert").path("version").asLong()).isEqualTo(1);
        } finally {
            job.silent(false);
        }
    }

    @Test
    void reportsLoopPerformancePerRegionOverAPeriod() {
        JsonNode performance = Json.get(client, "/api/v1/alerts/performance?from=2026-11-28T00:00:00Z"
                + "&to=2026-11-28T05:00:00Z&by=region");

        assertThat(performance.path("by").asText()).isEqualTo("region");
        assertThat(performance.path("groups")).extracting(g -> g.path("key").asText())
                .containsExactly("wbl-heping", "wbl-qianfeng", "wbl-xiayuan");
        JsonNode heping = performance.path("groups").get(0);
        assertThat(heping.path("alerts").asInt()).isEqualTo(2);
        assertThat(heping.path("closureRate").decimalValue()).isEqualByComparingTo("0");
        // Nothing was accepted or overdue yet: no rate rather than a made-up one.
        assertThat(heping.path("onTimeAcceptanceRate").isNull()).isTrue();
        assertThat(performance.path("total").path("alerts").asInt()).isEqualTo(4);
        assertProblem(Json.failure(client, "/api/v1/alerts/performance?by=moon"), 400, "by");
        assertProblem(Json.failure(client, "/api/v1/alerts/performance?from=soon"), 400, "from");
    }

    private static String path(String id, String action) {
        return "/api/v1/alerts/" + id + "/" + action;
    }

    private HttpResponse<?> post(String path, String body) {
        try {
            return client.exchange(HttpRequest.POST(path, body.getBytes(StandardCharsets.UTF_8))
                    .contentType(MediaType.APPLICATION_JSON_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    private static JsonNode ok(HttpResponse<?> response) {
        assertThat(response.code()).as("status of %s", response.getBody(String.class).orElse("")).isEqualTo(200);
        return Json.body(response);
    }

    private static void assertProblem(HttpResponse<?> response, int status, String parameter) {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(Json.body(response).path("parameter").asText()).isEqualTo(parameter);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }
}
