package io.cityops.jobs.network;

import io.cityops.ingest.schema.IngestSeries;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.util.TimeUtils;

/**
 * Command-line options of {@link NetworkJob#main}: {@code --name value} pairs; an unknown name, a
 * repeated one or a missing value is refused with the usage text rather than falling back to a default.
 *
 * @param config    the job's settings
 * @param catalogue a catalogue file, or null for the default Wanbailin catalogue
 */
public record NetworkJobOptions(NetworkJobConfig config, Path catalogue) {

    public static final String USAGE = """
            usage: NetworkJob --kafka-bootstrap-servers HOST:PORT --influx-url URL [options]
              --kafka-bootstrap-servers  Kafka bootstrap servers (required)
              --influx-url               InfluxDB v1 HTTP API base URL (required)
              --influx-database          InfluxDB database (default cityops)
              --influx-username          InfluxDB user (default: no authentication)
              --influx-password          InfluxDB password
              --consumer-group           Kafka consumer group (default cityops-network)
              --catalogue                catalogue YAML file (default: the built-in Wanbailin catalogue)
              --max-out-of-orderness     e.g. 30s (default 30s)
              --idleness                 e.g. 30s (default 30s)
              --allowed-lateness         e.g. 2min (default 2min)
              --max-future-skew          e.g. 5min (default 5min)
              --checkpoint-interval      e.g. 10s (default 10s)
              --stats-interval           e.g. 5s (default 5s)
              --feed-stop-after          wall-clock quiet time of a stopped feed (default: the catalogue's)""";

    private static final Set<String> NAMES = Set.of("kafka-bootstrap-servers", "influx-url", "influx-database",
            "influx-username", "influx-password", "consumer-group", "catalogue", "max-out-of-orderness", "idleness",
            "allowed-lateness", "max-future-skew", "checkpoint-interval", "stats-interval", "feed-stop-after");

    public NetworkJobOptions {
        Objects.requireNonNull(config, "config");
    }

    /** @throws IllegalArgumentException naming the problem */
    public static NetworkJobOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !NAMES.contains(arg.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
            if (values.put(arg.substring(2), args[++i]) != null) {
                throw new IllegalArgumentException("option " + arg + " given twice");
            }
        }
        String bootstrap = required(values, "kafka-bootstrap-servers");
        InfluxSinkConfig influx = InfluxSinkConfig.defaults(required(values, "influx-url"),
                values.getOrDefault("influx-database", IngestSeries.DEFAULT_DATABASE));
        if (values.containsKey("influx-username") || values.containsKey("influx-password")) {
            influx = influx.withCredentials(values.get("influx-username"), values.get("influx-password"));
        }
        NetworkJobConfig d = NetworkJobConfig.defaults(bootstrap, influx);
        NetworkJobConfig config = new NetworkJobConfig(bootstrap, values.getOrDefault("consumer-group", d.consumerGroup()),
                influx,
                duration(values, "max-out-of-orderness", d.maxOutOfOrderness()),
                duration(values, "idleness", d.idleness()),
                duration(values, "allowed-lateness", d.allowedLateness()),
                duration(values, "max-future-skew", d.maxFutureSkew()),
                duration(values, "checkpoint-interval", d.checkpointInterval()),
                duration(values, "stats-interval", d.statsInterval()),
                duration(values, "feed-stop-after", null));
        String catalogue = values.get("catalogue");
        return new NetworkJobOptions(config, catalogue == null ? null : Path.of(catalogue));
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
