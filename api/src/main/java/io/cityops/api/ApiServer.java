package io.cityops.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.Map;

/**
 * Starts the API inside another program (the standalone launcher runs it in-process).
 *
 * <p>Properties it reads (all optional; system properties and environment variables apply too):
 * <ul>
 *   <li>{@code micronaut.server.port} (8080; 0 or -1 picks a free port) and {@code micronaut.server.host}</li>
 *   <li>{@code cityops.influxdb.url} (http://127.0.0.1:8086), {@code cityops.influxdb.database} (cityops),
 *       {@code cityops.influxdb.username}, {@code cityops.influxdb.password}, {@code cityops.influxdb.timeout} (5s)</li>
 *   <li>{@code cityops.catalogue.path} (a catalogue YAML file; the default catalogue otherwise)</li>
 *   <li>{@code cityops.ingest.stale-after} (15m)</li>
 *   <li>{@code cityops.kafka.bootstrap-servers} (none: the alert endpoints are off without it),
 *       {@code cityops.alerts.*} and {@code cityops.webhooks.<name>.*} (docs/alerts-api.md)</li>
 * </ul>
 * A misspelt key under {@code cityops.influxdb}, {@code cityops.catalogue}, {@code cityops.ingest},
 * {@code cityops.kafka}, {@code cityops.alerts} or {@code cityops.webhooks.<name>}, or an
 * invalid value, stops the start with an exception that says which.
 */
public final class ApiServer {

    private ApiServer() {
    }

    /**
     * Starts the HTTP server and returns its running context; close the context to stop it.
     *
     * @throws RuntimeException (Micronaut's bean or configuration exceptions) when the configuration is invalid
     *                          or the port is taken
     */
    public static ApplicationContext start(Map<String, Object> properties) {
        ApplicationContext context = ApplicationContext.builder()
                .properties(properties)
                .deduceEnvironment(false)
                .banner(false)
                .start();
        try {
            context.getBean(EmbeddedServer.class).start();
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** The base URL of a context started by {@link #start(Map)}, for instance {@code http://localhost:8080}. */
    public static URI uri(ApplicationContext context) {
        return context.getBean(EmbeddedServer.class).getURI();
    }
}
