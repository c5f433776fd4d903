package io.cityops.jobs.alerts;

import io.cityops.jobs.common.JobArguments;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Command-line options of {@link AlertJob#main}: {@code --name value} pairs read by
 * {@link JobArguments}, unknown names and missing values refused with the usage text, so a typo never
 * falls back to a default silently.
 *
 * @param config    the job's settings
 * @param catalogue a catalogue file (its {@code alerts} section holds the rules), or null for the default
 */
public record AlertJobOptions(AlertJobConfig config, Path catalogue) {

    public static final String USAGE = JobArguments.usage("AlertJob", """
              --consumer-group           Kafka consumer group (default cityops-alerts)
              --catalogue                catalogue YAML file with the alert rules (default: the built-in one)
              --checkpoint-interval      e.g. 1s (default 1s)
            """);

    private static final List<String> NAMES = List.of("checkpoint-interval");

    public AlertJobOptions {
        Objects.requireNonNull(config, "config");
    }

    /** @throws IllegalArgumentException naming the problem: unknown option, missing value, bad duration */
    public static AlertJobOptions parse(String[] args) {
        JobArguments values = JobArguments.parse(args, NAMES);
        String bootstrap = values.kafkaBootstrapServers();
        AlertJobConfig d = AlertJobConfig.defaults(bootstrap, values.influx());
        AlertJobConfig config = new AlertJobConfig(bootstrap, values.consumerGroup(d.consumerGroup()), d.influx(),
                values.duration("checkpoint-interval", d.checkpointInterval()));
        return new AlertJobOptions(config, values.catalogue());
    }
}
