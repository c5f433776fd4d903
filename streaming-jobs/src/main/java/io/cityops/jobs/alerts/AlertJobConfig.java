package io.cityops.jobs.alerts;

import io.cityops.jobs.common.SettingChecks;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the alert job, validated on construction.
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers
 * @param consumerGroup         consumer group of the two sources (offsets committed on checkpoints)
 * @param influx                where the transitions series goes
 * @param checkpointInterval    checkpoint interval; also the latency of the Kafka and InfluxDB output
 */
public record AlertJobConfig(String kafkaBootstrapServers, String consumerGroup, InfluxSinkConfig influx,
                             Duration checkpointInterval) {

    public static final String DEFAULT_CONSUMER_GROUP = "cityops-alerts";
    /** Short: alerts should reach screens within seconds of the hour that raised them. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(1);

    public AlertJobConfig {
        SettingChecks.requireKafka(kafkaBootstrapServers, consumerGroup);
        Objects.requireNonNull(influx, "influx must not be null");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval must not be null");
        if (checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("checkpointInterval must be at least 10 ms, was " + checkpointInterval);
        }
    }

    public static AlertJobConfig defaults(String kafkaBootstrapServers, InfluxSinkConfig influx) {
        return new AlertJobConfig(kafkaBootstrapServers, DEFAULT_CONSUMER_GROUP, influx, DEFAULT_CHECKPOINT_INTERVAL);
    }

    public AlertJobConfig withConsumerGroup(String consumerGroup) {
        return new AlertJobConfig(kafkaBootstrapServers, consumerGroup, influx, checkpointInterval);
    }

    public AlertJobConfig withCheckpointInterval(Duration checkpointInterval) {
        return new AlertJobConfig(kafkaBootstrapServers, consumerGroup, influx, checkpointInterval);
    }
}
