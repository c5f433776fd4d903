package io.cityops.jobs.energy;

import io.cityops.jobs.common.JobArguments;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Command-line options of {@link EnergyJob#main}: {@code --name value} pairs read by {@link JobArguments},
 * so an unknown name, a repeated one or a missing value is refused with the usage text.
 *
 * @param config    the job's settings
 * @param catalogue a catalogue file, or null for the default Wanbailin catalogue
 */
public record EnergyJobOptions(EnergyJobConfig config, Path catalogue) {

    public static final String USAGE = JobArguments.usage("EnergyJob", """
              --consumer-group           Kafka consumer group (default cityops-energy)
              --catalogue                catalogue YAML file (default: the built-in Wanbailin catalogue)
              --max-out-of-orderness     e.g. 30s (default 30s)
              --idleness                 e.g. 30s (default 30s)
              --allowed-lateness         how long after its end an hour is final, e.g. 2h (default 2h)
              --max-future-skew          e.g. 5min (default 5min)
              --checkpoint-interval      e.g. 10s (default 10s)
              --replay-lag               figures further behind the wall clock are marked replayed (default 2h)
              --stats-interval           e.g. 5s (default 5s)
            """);

    private static final List<String> NAMES = List.of("max-out-of-orderness", "idleness", "allowed-lateness",
            "max-future-skew", "checkpoint-interval", "replay-lag", "stats-interval");

    public EnergyJobOptions {
        Objects.requireNonNull(config, "config");
    }

    /** @throws IllegalArgumentException naming the problem: unknown option, missing value, bad duration */
    public static EnergyJobOptions parse(String[] args) {
        JobArguments values = JobArguments.parse(args, NAMES);
        String bootstrap = values.kafkaBootstrapServers();
        EnergyJobConfig d = EnergyJobConfig.defaults(bootstrap, values.influx());
        EnergyJobConfig config = new EnergyJobConfig(bootstrap, values.consumerGroup(d.consumerGroup()), d.influx(),
                values.duration("max-out-of-orderness", d.maxOutOfOrderness()),
                values.duration("idleness", d.idleness()),
                values.duration("allowed-lateness", d.allowedLateness()),
                values.duration("max-future-skew", d.maxFutureSkew()),
                values.duration("checkpoint-interval", d.checkpointInterval()),
                values.duration("replay-lag", d.replayLag()),
                values.duration("stats-interval", d.statsInterval()));
        return new EnergyJobOptions(config, values.catalogue());
    }
}
