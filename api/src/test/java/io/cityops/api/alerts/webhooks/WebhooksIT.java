package io.cityops.api.alerts.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityops.api.alerts.AlertJobFixture;
import io.cityops.api.alerts.AlertKafka;
import io.cityops.api.alerts.AlertView;
import io.cityops.api.testing.Json;
import io.cityops.testing.TestKafkaCluster;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhooks on real components: a broker, the test writing what the alert job writes, and a real HTTP
 * receiver that checks each signature itself and is down for a while.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksIT implements TestPropertyProvider {

    private static final String SECRET = "correct horse battery staple";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private TestKafkaCluster kafka;
    private AlertJobFixture job;
    private WebhookReceiver receiver;

    @Inject
    AlertView view;

    @Inject
    @Client("/")
    HttpClient httpClient;

    private BlockingHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        kafka = AlertKafka.start();
        job = new AlertJobFixture(kafka.bootstrapServers());
        receiver = new WebhookReceiver();
        // Written before the API starts: history, which pages no one.
        job.open("region-aqi:wbl-heping:1", "wbl-heping", "air", "critical", Instant.now(), false);
        return Map.ofEntries(
                Map.entry("cityops.kafka.bootstrap-servers", kafka.bootstrapServers()),
                Map.entry("cityops.webhooks.duty-officer.url", receiver.url()),
                Map.entry("cityops.webhooks.duty-officer.secret", SECRET),
                Map.entry("cityops.webhooks.duty-officer.severities", "warning,critical"),
                Map.entry("cityops.webhooks.duty-officer.initial-backoff", "100ms"),
                Map.entry("cityops.webhooks.duty-officer.max-backoff", "400ms"),
                Map.entry("cityops.webhooks.duty-officer.max-attempts", "1000"),
                // Nobody listens on port 1: this subscriber fails all along, and must hold up no one.
                Map.entry("cityops.webhooks.network-desk.url", "http://127.0.0.1:1/hook"),
                Map.entry("cityops.webhooks.network-desk.secret", "another"),
                Map.entry("cityops.webhooks.network-desk.kinds", "network"),
                Map.entry("cityops.webhooks.network-desk.initial-backoff", "100ms"),
                Map.entry("cityops.webhooks.network-desk.max-backoff", "200ms"),
                Map.entry("cityops.webhooks.network-desk.max-attempts", "3"));
    }

    @BeforeAll
    void awaitTheView() {
        client = httpClient.toBlocking();
        await().atMost(WAIT).until(() -> view.status().caughtUp());
    }

    @AfterAll
    void stop() {
        receiver.close();
        job.close();
        kafka.close();
    }

    @Test
    void eachMatchingTransitionIsPostedSignedWithTheSubscriptionsSecret() throws Exception {
        job.open("region-aqi:wbl-xiayuan:1", "wbl-xiayuan", "air", "warning", Instant.now(), false);
        job.open("region-aqi:wbl-qianfeng:1", "wbl-qianfeng", "air", "info", Instant.now(), false);
        job.open("region-aqi:wbl-ximing:1", "wbl-ximing", "air", "critical", Instant.now(), true);
        job.open("region-aqi:wbl-xiayuan:2", "wbl-xiayuan", "air", "warning", Instant.now(), false);

        await().atMost(WAIT).until(() -> delivered("region-aqi:wbl-xiayuan:2@1") != null);
        WebhookReceiver.Received post = delivered("region-aqi:wbl-xiayuan:1@1");
        assertThat(post).isNotNull();
        assertThat(post.event()).isEqualTo("transition");
        assertThat(verified(post)).isTrue();
        JsonNode body = Json.parse(new String(post.body(), StandardCharsets.UTF_8));
        assertThat(body.path("type").asText()).isEqualTo("transition");
        assertThat(body.path("alert").path("id").asText()).isEqualTo("region-aqi:wbl-xiayuan:1");
        // Filtered out by severity, replayed, or history found at start: none of these page anyone.
        assertThat(delivered("region-aqi:wbl-qianfeng:1@1")).isNull();
        assertThat(delivered("region-aqi:wbl-ximing:1@1")).isNull();
        assertThat(delivered("region-aqi:wbl-heping:1@1")).isNull();
    }

    @Test
    void aReceiverThatWasDownGetsEveryTransitionOnceItIsBackInOrder() throws Exception {
        receiver.down();
        try {
            job.open("region-aqi:wbl-dongshe:1", "wbl-dongshe", "air", "warning", Instant.now(), false);
            job.system("region-aqi:wbl-dongshe:1", "escalated", "not accepted in time", Instant.now());
            await().atMost(WAIT).until(() -> status("duty-officer").path("failed").asLong() >= 3);
            JsonNode failing = status("duty-officer");
            assertThat(failing.path("pending").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(failing.path("lastError").asText()).isNotBlank();
        } finally {
            receiver.up();
        }

        await().atMost(WAIT).until(() -> delivered("region-aqi:wbl-dongshe:1@2") != null);
        List<String> dongshe = receiver.received().stream().map(WebhookReceiver.Received::delivery)
                .filter(d -> d.startsWith("region-aqi:wbl-dongshe:1@")).toList();
        assertThat(dongshe).containsExactly("region-aqi:wbl-dongshe:1@1", "region-aqi:wbl-dongshe:1@2");
        assertThat(receiver.received()).allSatisfy(post -> assertThat(verified(post)).isTrue());
        await().atMost(WAIT).until(() -> status("duty-officer").path("pending").asLong() == 0);
    }

    @Test
    void aSubscriberThatNeverAnswersShowsItsFailuresAndHoldsUpNoOne() throws Exception {
        job.open("site-down:wbl-xinghua-c1:1", "wbl-xinghua", "network", "critical", Instant.now(), false);

        await().atMost(WAIT).until(() -> delivered("site-down:wbl-xinghua-c1:1@1") != null);
        await().atMost(WAIT).until(() -> status("network-desk").path("dropped").asLong() >= 1);
        JsonNode desk = status("network-desk");
        assertThat(desk.path("failed").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(desk.path("delivered").asLong()).isZero();
        assertThat(desk.path("lastError").asText()).contains("Connect");
        assertThat(desk.path("url").asText()).isEqualTo("http://127.0.0.1:1/hook");
        assertThat(desk.toString()).doesNotContain("another");
    }

    private JsonNode status(String name) {
        for (JsonNode subscription : Json.get(client, "/api/v1/alerts/webhooks")) {
            if (subscription.path("name").asText().equals(name)) {
                return subscription;
            }
        }
        throw new AssertionError("no subscription " + name);
    }

    private WebhookReceiver.Received delivered(String delivery) {
        return receiver.received().stream().filter(r -> delivery.equals(r.delivery())).findFirst().orElse(null);
    }

    /** What a receiver does: recompute the HMAC over the raw body and compare in constant time. */
    private static boolean verified(WebhookReceiver.Received post) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(post.body()));
        return post.signature() != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                post.signature().getBytes(StandardCharsets.US_ASCII));
    }
}
