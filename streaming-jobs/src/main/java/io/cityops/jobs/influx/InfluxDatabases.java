package io.cityops.jobs.influx;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the sink's database when it is missing. {@code CREATE DATABASE} is idempotent in
 * InfluxDB 1.x, so jobs call this at start-up and the launcher before starting them; it retries
 * like a write, which also covers an InfluxDB that is still starting.
 */
public final class InfluxDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxDatabases.class);

    private InfluxDatabases() {
    }

    /**
     * @throws IllegalStateException when InfluxDB refuses the statement or stays unreachable beyond
     *                               the configured retries; the message carries InfluxDB's answer
     */
    public static void ensureDatabase(InfluxSinkConfig config) {
        String statement = "CREATE DATABASE \"" + config.database().replace("\\", "\\\\") + "\"";
        try {
            new InfluxHttp(config).query(statement, (attempt, reason) ->
                    LOG.warn("InfluxDB at {} not ready for {} ({}); retry {} of {}",
                            config.url(), statement, reason, attempt, config.maxRetries()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not ensure InfluxDB database '" + config.database() + "': "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while ensuring InfluxDB database '" + config.database() + "'",
                    e);
        }
    }
}
