package io.cityops.api.alerts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UP once the alert view has read the history found at start and while it follows {@code city.alerts};
 * DOWN before that (a list would be incomplete) and after the reader failed.
 */
@Singleton
@Readiness
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class AlertsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final AlertView view;
    private final AlertsProperties properties;

    AlertsHealthIndicator(AlertView view, AlertsProperties properties) {
        this.view = view;
        this.properties = properties;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        AlertView.Status status = view.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("topic", properties.alertsTopic());
        details.put("caughtUp", status.caughtUp());
        details.put("alerts", status.alerts());
        details.put("records", status.records());
        details.put("lastOffset", status.lastOffset());
        details.put("duplicatesDropped", status.duplicates());
        details.put("invalidSkipped", status.invalid());
        String failure = view.readerFailure();
        if (failure != null) {
            details.put("error", failure);
        }
        healthStatus = status.caughtUp() && failure == null ? HealthStatus.UP : HealthStatus.DOWN;
        return details;
    }

    @Override
    protected String getName() {
        return "alerts";
    }
}
