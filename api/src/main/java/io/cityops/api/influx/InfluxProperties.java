package io.cityops.api.influx;

import io.cityops.ingest.schema.IngestSeries;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * Where the series live: an InfluxDB reachable over the v1 HTTP API.
 *
 * @param url      base URL, for instance {@code http://127.0.0.1:8086}
 * @param database database the jobs write to
 * @param username optional; sent as HTTP basic authentication together with {@code password}
 * @param password optional; never logged
 * @param timeout  connect and request timeout
 */
@ConfigurationProperties(InfluxProperties.PREFIX)
public record InfluxProperties(
        @Bindable(defaultValue = "http://127.0.0.1:8086") URI url,
        @Bindable(defaultValue = IngestSeries.DEFAULT_DATABASE) String database,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "5s") Duration timeout) {

    public static final String PREFIX = "cityops.influxdb";

    public InfluxProperties {
        if (url == null || url.getHost() == null
                || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException(PREFIX + ".url must be an http(s) URL with a host, got " + url);
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException(PREFIX + ".database must not be blank");
        }
        if (username != null && username.isBlank()) {
            username = null;
        }
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException(PREFIX + ".password is set but " + PREFIX + ".username is not");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(PREFIX + ".timeout must be positive, got " + timeout);
        }
    }

    /** Base URL without a trailing slash, so paths can be appended. */
    String baseUrl() {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String toString() {
        // The password stays out of logs and error messages.
        return "InfluxProperties[url=" + url + ", database=" + database + ", username=" + username
                + ", password=" + (password == null ? "none" : "****") + ", timeout=" + timeout + "]";
    }
}
