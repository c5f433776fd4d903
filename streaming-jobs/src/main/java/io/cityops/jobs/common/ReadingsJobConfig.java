package io.cityops.jobs.common;

import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;

/**
 * The settings every job that reads {@code city.readings} has, whatever its kind: where Kafka and
 * InfluxDB are, its consumer group, event time and checkpointing. Each job's own config record adds
 * what only that job needs.
 */
public interface ReadingsJobConfig {

    String kafkaBootstrapServers();

    String consumerGroup();

    InfluxSinkConfig influx();

    Duration maxOutOfOrderness();

    Duration idleness();

    Duration maxFutureSkew();

    Duration checkpointInterval();
}
