package io.cityops.jobs.common;

import io.cityops.ingest.schema.IngestSeries;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.flink.util.TimeUtils;

/**
 * The {@code --name value} pairs of a job's command line, read once for every job's options record.
 * An unknown name, a repeated one or a missing value is refused, naming the option, so a typo never
 * falls back to a default silently.
 */
public final class JobArguments {

    /** The options every job takes besides its own: Kafka, InfluxDB, consumer group and catalogue. */
    public static final List<String> COMMON_NAMES = List.of("kafka-bootstrap-servers", "influx-url", "influx-database",
            "influx-username", "influx-password", "consumer-group", "catalogue");

    /** Usage lines of the Kafka and InfluxDB options, the same for every job. */
    public static final String CONNECTION_USAGE = """
              --kafka-bootstrap-servers  Kafka bootstrap servers (required)
              --influx-url               InfluxDB v1 HTTP API base URL (required)
              --influx-database          InfluxDB database (default cityops)
              --influx-username          InfluxDB user (default: no authentication)
              --influx-password          InfluxDB password
            """;

    private final Map<String, String> values;

    /** The usage text of {@code job}: its synopsis, the connection options, then its own option lines. */
    public static String usage(String job, String ownOptions) {
        return "usage: " + job + " --kafka-bootstrap-servers HOST:PORT --influx-url URL [options]\n"
                + CONNECTION_USAGE + ownOptions.stripTrailing();
    }

    private JobArguments(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads {@code args}, accepting the {@link #COMMON_NAMES} and the job's {@code ownNames}.
     *
     * @throws IllegalArgumentException naming the option: unknown, repeated or without a value
     */
    public static JobArguments parse(String[] args, List<String> ownNames) {
        List<String> names = new ArrayList<>(COMMON_NAMES);
        names.addAll(ownNames);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("expected an option such as --influx-url, got '" + arg + "'");
            }
            String name = arg.substring(2);
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            if (values.put(name, args[++i]) != null) {
                throw new IllegalArgumentException("option --" + name + " given twice");
            }
        }
        return new JobArguments(values);
    }

    /**
     * A job's entry-point parsing: the options, or on a bad command line the problem prefixed with the
     * job's name and the usage text on standard error, then exit status 2.
     */
    public static <T> T parseOrExit(String job, String usage, String[] args, Function<String[], T> parser) {
        try {
            return parser.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(job + ": " + e.getMessage());
            System.err.println(usage);
            System.exit(2);
            throw e;
        }
    }

    public String kafkaBootstrapServers() {
        return required("kafka-bootstrap-servers");
    }

    /** Where the series go; credentials only when a user or password is given. */
    public InfluxSinkConfig influx() {
        InfluxSinkConfig influx = InfluxSinkConfig.defaults(required("influx-url"),
                values.getOrDefault("influx-database", IngestSeries.DEFAULT_DATABASE));
        if (values.containsKey("influx-username") || values.containsKey("influx-password")) {
            influx = influx.withCredentials(values.get("influx-username"), values.get("influx-password"));
        }
        return influx;
    }

    public String consumerGroup(String fallback) {
        return values.getOrDefault("consumer-group", fallback);
    }

    /** The catalogue file, or null for the built-in catalogue. */
    public Path catalogue() {
        String catalogue = values.get("catalogue");
        return catalogue == null ? null : Path.of(catalogue);
    }

    /** @throws IllegalArgumentException naming the option when its value is not a duration */
    public Duration duration(String name, Duration fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return TimeUtils.parseDuration(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option --" + name + " must be a duration such as 500ms, 30s, 5min or 2h, got '"
                    + text + "'", e);
        }
    }

    private String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return value;
    }
}
