package io.cityops.jobs.network;

import io.cityops.jobs.common.JobArguments;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Command-line options of {@link NetworkJob#main}: {@code --name value} pairs read by
 * {@link JobArguments}; an unknown name, a repeated one or a missing value is refused with the usage
 * text rather than falling back to a default.
 *
 * @param config    the job's settings
 * @param catalogue a catalogue file, or null for the default Wanbailin catalogue
 */
public record NetworkJobOptions(NetworkJobConfig config, Path catalogue) {

    public static final String USAGE = JobArguments.usage("NetworkJob", """
              --consumer-group           Kafka consumer group (default cityops-network)
              --catalogue                catalogue YAML file (default: the built-in Wanbailin catalogue)
              --max-out-of-orderness     e.g. 30s (default 30s)
              --idleness                 e.g. 30s (default 30s)
              --allowed-lateness         e.g. 2min (default 2min)
              --max-future-skew          e.g. 5min (default 5min)
              --checkpoint-interval      e.g. 10s (default 10s)
              --stats-interval           e.g. 5s (default 5s)
              --feed-stop-after          wall-clock quiet time of a stopped feed (default: the catalogue's)
            """);

    private static final List<String> NAMES = List.of("max-out-of-orderness", "idleness", "allowed-lateness",
            "max-future-skew", "checkpoint-interval", "stats-interval", "feed-stop-after");

    public NetworkJobOptions {
        Objects.requireNonNull(config, "config");
    }

    /** @throws IllegalArgumentException naming the problem: unknown option, missing value, bad duration */
    public static NetworkJobOptions parse(String[] args) {
        JobArguments values = JobArguments.parse(args, NAMES);
        String bootstrap = values.kafkaBootstrapServers();
        NetworkJobConfig d = NetworkJobConfig.defaults(bootstrap, values.influx());
        NetworkJobConfig config = new NetworkJobConfig(bootstrap, values.consumerGroup(d.consumerGroup()), d.influx(),
                values.duration("max-out-of-orderness", d.maxOutOfOrderness()),
                values.duration("idleness", d.idleness()),
                values.duration("allowed-lateness", d.allowedLateness()),
                values.duration("max-future-skew", d.maxFutureSkew()),
                values.duration("checkpoint-interval", d.checkpointInterval()),
                values.duration("stats-interval", d.statsInterval()),
                values.duration("feed-stop-after", null));
        return new NetworkJobOptions(config, values.catalogue());
    }
}
