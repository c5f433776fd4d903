package io.cityops.jobs.air;

import io.cityops.jobs.common.JobArguments;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Command-line options of {@link AirQualityJob#main}: {@code --name value} pairs read by
 * {@link JobArguments}, unknown names and missing values refused with the usage text, so a typo never
 * falls back to a default silently.
 *
 * @param config    the job's settings
 * @param catalogue a catalogue file, or null for the default Wanbailin catalogue
 */
public record AirJobOptions(AirJobConfig config, Path catalogue) {

    public static final String USAGE = JobArguments.usage("AirQualityJob", """
              --consumer-group           Kafka consumer group (default cityops-air-quality)
              --catalogue                catalogue YAML file (default: the built-in Wanbailin catalogue)
              --max-out-of-orderness     e.g. 30s (default 30s)
              --idleness                 e.g. 30s (default 30s)
              --allowed-lateness         e.g. 2h (default 2h)
              --max-future-skew          e.g. 5min (default 5min)
              --checkpoint-interval      e.g. 10s (default 10s)
              --stats-interval           e.g. 5s (default 5s)
            """);

    private static final List<String> NAMES = List.of("max-out-of-orderness", "idleness", "allowed-lateness",
            "max-future-skew", "checkpoint-interval", "stats-interval");

    public AirJobOptions {
        Objects.requireNonNull(config, "config");
    }

    /** @throws IllegalArgumentException naming the problem: unknown option, missing value, bad duration */
    public static AirJobOptions parse(String[] args) {
        JobArguments values = JobArguments.parse(args, NAMES);
        String bootstrap = values.kafkaBootstrapServers();
        AirJobConfig d = AirJobConfig.defaults(bootstrap, values.influx());
        AirJobConfig config = new AirJobConfig(bootstrap, values.consumerGroup(d.consumerGroup()), d.influx(),
                values.duration("max-out-of-orderness", d.maxOutOfOrderness()),
                values.duration("idleness", d.idleness()),
                values.duration("allowed-lateness", d.allowedLateness()),
                values.duration("max-future-skew", d.maxFutureSkew()),
                values.duration("checkpoint-interval", d.checkpointInterval()),
                values.duration("stats-interval", d.statsInterval()));
        return new AirJobOptions(config, values.catalogue());
    }
}
