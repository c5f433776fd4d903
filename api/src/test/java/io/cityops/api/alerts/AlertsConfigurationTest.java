package io.cityops.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alert and webhook settings are checked when the context starts. */
class AlertsConfigurationTest {

    @Test
    void aMisspeltAlertsKeyStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("cityops.alerts.answer-timout", "5s")).close())
                .hasStackTraceContaining("cityops.alerts.answer-timout");
    }

    @Test
    void aMisspeltWebhookKeyStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "cityops.webhooks.pager.url", "http://pager.example/hook",
                "cityops.webhooks.pager.sceret", "s")).close())
                .hasStackTraceContaining("cityops.webhooks.pager.sceret");
    }

    @Test
    void anInvalidValueStopsTheStartWithTheKeyNamed() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("cityops.alerts.answer-timeout", "0s")).close())
                .hasStackTraceContaining("cityops.alerts.answer-timeout");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "cityops.kafka.bootstrap-servers", "127.0.0.1:1",
                "cityops.webhooks.pager.url", "http://pager.example/hook")).close())
                .hasStackTraceContaining("cityops.webhooks.pager.secret");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "cityops.kafka.bootstrap-servers", "127.0.0.1:1",
                "cityops.webhooks.pager.url", "http://pager.example/hook",
                "cityops.webhooks.pager.secret", "s",
                "cityops.webhooks.pager.regions", "atlantis")).close())
                .hasStackTraceContaining("cityops.webhooks.pager.regions");
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        try (ApplicationContext context = ApplicationContext.run(Map.of())) {
            AlertsProperties alerts = context.getBean(AlertsProperties.class);
            assertThat(alerts.alertsTopic()).isEqualTo("city.alerts");
            assertThat(alerts.commandsTopic()).isEqualTo("city.alert-commands");
            assertThat(alerts.answerTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(alerts.defaultPageSize()).isEqualTo(50);
            // Without Kafka the alert beans are off, and the rest of the API runs.
            assertThat(context.containsBean(AlertCommandService.class)).isFalse();
        }
    }
}
