package io.cityops.jobs.alerts;

import io.cityops.ingest.schema.IngestSeries;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.util.TimeUtils;

/**
 * Command-line options of {@link AlertJob#main}: {@code --name value} pairs, unknown names and missing
 * values refused with the usage text, so a typo never falls back to a default silently.
 *
 * @param config    the job's settings
 * @param catalogue a catalogue file (its {@code alerts} section holds the rules), or null for the default
 */
public record AlertJobOptions(AlertJobConfig config, Path catalogue) {

    public static final String USAGE = """
            usage: AlertJob --kafka-bootstrap-servers HOST:PORT --influx-url URL [options]
              --kafka-bootstrap-servers  Kafka bootstrap servers (required)
              --influx-url               InfluxDB v1 HTTP API base URL (required)
              --influx-database          InfluxDB database (default cityops)
              --influx-username          InfluxDB user (default: no authentication)
              --influx-password          InfluxDB password
              --consumer-group           Kafka consumer group (default cityops-alerts)
              --catalogue                catalogue YAML file with the alert rules (default: the built-in one)
              --checkpoint-interval      e.g. 1s (default 1s)""";

    private static final List<String> NAMES = List.of("kafka-bootstrap-servers", "influx-url", "influx-database",
            "influx-username", "influx-password", "consumer-group", "catalogue", "checkpoint-interval");

    public AlertJobOptions {
        Objects.requireNonNull(config, "config");
    }

    /** @throws IllegalArgumentException naming the problem: unknown option, missing value, bad duration */
    public static AlertJobOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("expected an option such as --influx-url, got '" + arg + "'");
            }
            String name = arg.substring(2);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            if (values.put(name, args[++i]) != null) {
                throw new IllegalArgumentException("option --" + name + " given twice");
            }
        }
        String bootstrap = required(values, "kafka-bootstrap-servers");
        InfluxSinkConfig influx = InfluxSinkConfig.defaults(required(values, "influx-url"),
                values.getOrDefault("influx-database", IngestSeries.DEFAULT_DATABASE));
        if (values.containsKey("influx-username") || values.containsKey("influx-password")) {
            influx = influx.withCredentials(values.get("influx-username"), values.get("influx-password"));
        }
        AlertJobConfig defaults = AlertJobConfig.defaults(bootstrap, influx);
        AlertJobConfig config = new AlertJobConfig(bootstrap,
                values.getOrDefault("consumer-group", defaults.consumerGroup()), influx,
                duration(values, "checkpoint-interval", defaults.checkpointInterval()));
        String catalogue = values.get("catalogue");
        return new AlertJobOptions(config, catalogue == null ? null : Path.of(catalogue));
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return value;
    }

    private static Duration duration(Map<String, String> values, String name, Duration fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return TimeUtils.parseDuration(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option --" + name + " must be a duration such as 1s or 500ms, got '"
                    + text + "'", e);
        }
    }
}
