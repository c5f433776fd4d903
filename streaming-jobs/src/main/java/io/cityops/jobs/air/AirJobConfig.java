package io.cityops.jobs.air;

import static io.cityops.jobs.common.SettingChecks.requireCheckpointInterval;
import static io.cityops.jobs.common.SettingChecks.requireKafka;
import static io.cityops.jobs.common.SettingChecks.requireNotNegative;
import static io.cityops.jobs.common.SettingChecks.requirePositive;

import io.cityops.jobs.common.ReadingsJobConfig;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the air-quality job, validated on construction.
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers, for instance {@code 127.0.0.1:9092}
 * @param consumerGroup         consumer group of the readings source (offsets committed on checkpoints)
 * @param influx                where the series go
 * @param maxOutOfOrderness     how far a reading may lag behind the newest of its Kafka partition
 *                              before it counts as late (bounded out-of-orderness of the watermark)
 * @param idleness              after this long without records a partition no longer holds the watermark back
 * @param allowedLateness       how long after its period a late reading still revises the results;
 *                              later ones are dead-lettered as {@code too_late}
 * @param maxFutureSkew         how far ahead of the wall clock a reading's time may be
 * @param checkpointInterval    checkpoint interval (also the latency of Kafka and InfluxDB output)
 * @param statsInterval         shortest time between two loss-accounting points of one sensor
 */
public record AirJobConfig(String kafkaBootstrapServers, String consumerGroup, InfluxSinkConfig influx,
                           Duration maxOutOfOrderness, Duration idleness, Duration allowedLateness,
                           Duration maxFutureSkew, Duration checkpointInterval, Duration statsInterval)
        implements ReadingsJobConfig {

    public static final String DEFAULT_CONSUMER_GROUP = "cityops-air-quality";
    public static final Duration DEFAULT_MAX_OUT_OF_ORDERNESS = Duration.ofSeconds(30);
    public static final Duration DEFAULT_IDLENESS = Duration.ofSeconds(30);
    public static final Duration DEFAULT_ALLOWED_LATENESS = Duration.ofHours(2);
    public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofMinutes(5);
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_STATS_INTERVAL = Duration.ofSeconds(5);

    public AirJobConfig {
        requireKafka(kafkaBootstrapServers, consumerGroup);
        Objects.requireNonNull(influx, "influx must not be null");
        requireNotNegative("maxOutOfOrderness", maxOutOfOrderness);
        requirePositive("idleness", idleness);
        requireNotNegative("allowedLateness", allowedLateness);
        requireNotNegative("maxFutureSkew", maxFutureSkew);
        requireCheckpointInterval(checkpointInterval);
        requirePositive("statsInterval", statsInterval);
    }

    /**
     * Out-of-orderness 30 s, idleness 30 s, allowed lateness 2 h, future skew 5 min, checkpoints every
     * 10 s, loss accounting at most every 5 s per sensor, consumer group {@value #DEFAULT_CONSUMER_GROUP}.
     */
    public static AirJobConfig defaults(String kafkaBootstrapServers, InfluxSinkConfig influx) {
        return new AirJobConfig(kafkaBootstrapServers, DEFAULT_CONSUMER_GROUP, influx, DEFAULT_MAX_OUT_OF_ORDERNESS,
                DEFAULT_IDLENESS, DEFAULT_ALLOWED_LATENESS, DEFAULT_MAX_FUTURE_SKEW, DEFAULT_CHECKPOINT_INTERVAL,
                DEFAULT_STATS_INTERVAL);
    }

    public AirJobConfig withConsumerGroup(String consumerGroup) {
        return new AirJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness,
                allowedLateness, maxFutureSkew, checkpointInterval, statsInterval);
    }

    public AirJobConfig withAllowedLateness(Duration allowedLateness) {
        return new AirJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness,
                allowedLateness, maxFutureSkew, checkpointInterval, statsInterval);
    }

    public AirJobConfig withCheckpointInterval(Duration checkpointInterval) {
        return new AirJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness,
                allowedLateness, maxFutureSkew, checkpointInterval, statsInterval);
    }

    public AirJobConfig withEventTime(Duration maxOutOfOrderness, Duration idleness) {
        return new AirJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness,
                allowedLateness, maxFutureSkew, checkpointInterval, statsInterval);
    }
}
