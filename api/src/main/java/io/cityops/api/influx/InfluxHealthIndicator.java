package io.cityops.api.influx;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reports InfluxDB as UP when {@code /ping} answers, DOWN (and so /health 503) when it does not. */
@Singleton
@Readiness
class InfluxHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final InfluxQueryClient influx;
    private final InfluxProperties properties;

    InfluxHealthIndicator(InfluxQueryClient influx, InfluxProperties properties) {
        this.influx = influx;
        this.properties = properties;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", properties.url().toString());
        details.put("database", properties.database());
        // A failure here propagates; the base class turns it into DOWN with the error as detail.
        details.put("version", influx.ping());
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "influxdb";
    }
}
