package io.cityops.api.alerts.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    private static WebhookSubscription subscription(String url, String secret) {
        return new WebhookSubscription("duty", url == null ? null : URI.create(url), secret, null, List.of("air"), null,
                Duration.ofSeconds(1), Duration.ofSeconds(30), 10, Duration.ofSeconds(5), 100);
    }

    @ParameterizedTest(name = "after {0} failures wait {1}")
    @CsvSource({"1, PT1S", "2, PT2S", "3, PT4S", "5, PT16S", "6, PT30S", "40, PT30S"})
    void waitsDoubleAfterEachFailureUpToTheCap(int failures, String wait) {
        assertThat(subscription("http://pager.example/hook", "s").backoff(failures)).isEqualTo(Duration.parse(wait));
    }

    @Test
    void needsAnHttpUrlAndASecret() {
        assertThatThrownBy(() -> subscription("ftp://pager.example/hook", "s")).hasMessageContaining("cityops.webhooks.duty.url");
        assertThatThrownBy(() -> subscription(null, "s")).hasMessageContaining("cityops.webhooks.duty.url");
        assertThatThrownBy(() -> subscription("http://pager.example/hook", " ")).hasMessageContaining("cityops.webhooks.duty.secret");
    }

    @Test
    void neverShowsTheSecretOrUrlCredentials() {
        WebhookSubscription subscription = subscription("https://user:pw@pager.example/hook?token=t", "hunter2");

        assertThat(subscription.toString()).doesNotContain("hunter2").doesNotContain("pw").doesNotContain("token");
        assertThat(subscription.displayUrl()).isEqualTo("https://pager.example/hook");
        assertThat(subscription.severities()).isEmpty();
    }
}
