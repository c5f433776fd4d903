package io.cityops.jobs.air;

import io.cityops.jobs.influx.InfluxSinkConfig;
import io.cityops.ingest.schema.IngestSeries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.util.TimeUtils;

/**
 * Command-line options of {@link AirQualityJob#main}: {@code --name value} pairs, unknown names and
 * missing values refused with the usage text, so a typo never falls back to a default silently.
 *
 * @param config    the job's settings
 * @param catalogue a catalogue file, or null for the default Wanbailin catalogue
 */
public record AirJobOptions(AirJobConfig config, Path catalogue) {

    public static final String USAGE = """
            usage: AirQualityJob --kafka-bootstrap-servers HOST:PORT --influx-url URL [options]
              --kafka-bootstrap-servers  Kafka bootstrap servers (required)
              --influx-url               InfluxDB v1 HTTP API base URL (required)
              --influx-database          InfluxDB database (default cityops)
              --influx-username          InfluxDB user (default: no authentication)
              --influx-password          InfluxDB password
              --consumer-group           Kafka consumer group (default cityops-air-quality)
              --catalogue                catalogue YAML file (default: the built-in Wanbailin catalogue)
              --max-out-of-orderness     e.g. 30s (default 30s)
              --idleness                 e.g. 30s (default 30s)
              --allowed-lateness         e.g. 2h (default 2h)
              --max-future-skew          e.g. 5min (default 5min)
              --checkpoint-interval      e.g. 10s (default 10s)
              --stats-interval           e.g. 5s (default 5s)""";

    private static final List<String> NAMES = List.of("kafka-bootstrap-servers", "influx-url", "influx-database",
            "influx-username", "influx-password", "consumer-group", "catalogue", "max-out-of-orderness", "idleness",
            "allowed-lateness", "max-future-skew", "checkpoint-interval", "stats-interval");

    public AirJobOptions {
        Objects.requireNonNull(config, "config");
    }

    /** @throws IllegalArgumentException naming the problem: unknown option, missing value, bad duration */
    public static AirJobOptions parse(String[] args) {
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
        AirJobConfig defaults = AirJobConfig.defaults(bootstrap, influx);
        AirJobConfig config = new AirJobConfig(bootstrap,
                values.getOrDefault("consumer-group", defaults.consumerGroup()),
                influx,
                duration(values, "max-out-of-orderness", defaults.maxOutOfOrderness()),
                duration(values, "idleness", defaults.idleness()),
                duration(values, "allowed-lateness", defaults.allowedLateness()),
                duration(values, "max-future-skew", defaults.maxFutureSkew()),
                duration(values, "checkpoint-interval", defaults.checkpointInterval()),
                duration(values, "stats-interval", defaults.statsInterval()));
        String catalogue = values.get("catalogue");
        return new AirJobOptions(config, catalogue == null ? null : Path.of(catalogue));
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
            throw new IllegalArgumentException("option --" + name + " must be a duration such as 30s, 5min or 2h, got '"
                    + text + "'", e);
        }
    }
}
