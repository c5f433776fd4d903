package io.cityops.jobs.energy;

import static io.cityops.jobs.common.SettingChecks.requireCheckpointInterval;
import static io.cityops.jobs.common.SettingChecks.requireKafka;
import static io.cityops.jobs.common.SettingChecks.requireNotNegative;
import static io.cityops.jobs.common.SettingChecks.requirePositive;

import io.cityops.jobs.common.ReadingsJobConfig;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the energy job, validated on construction.
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers
 * @param consumerGroup         consumer group of the readings source
 * @param influx                where the series go
 * @param maxOutOfOrderness     bounded out-of-orderness of the watermark
 * @param idleness              after this long without records a partition no longer holds the watermark back
 * @param allowedLateness       how long after its end an hour is published as final
 * @param maxFutureSkew         how far ahead of the wall clock a reading's time may be
 * @param checkpointInterval    checkpoint interval (also the latency of Kafka and InfluxDB output)
 * @param replayLag             figures whose latest hour ended longer ago than this (wall clock) are marked replayed
 * @param statsInterval         shortest time between two loss-accounting points of one meter
 */
public record EnergyJobConfig(String kafkaBootstrapServers, String consumerGroup, InfluxSinkConfig influx,
                              Duration maxOutOfOrderness, Duration idleness, Duration allowedLateness, Duration maxFutureSkew,
                              Duration checkpointInterval, Duration replayLag, Duration statsInterval)
        implements ReadingsJobConfig {

    public static final String DEFAULT_CONSUMER_GROUP = "cityops-energy";

    public EnergyJobConfig {
        requireKafka(kafkaBootstrapServers, consumerGroup);
        Objects.requireNonNull(influx, "influx must not be null");
        requireNotNegative("maxOutOfOrderness", maxOutOfOrderness);
        requirePositive("idleness", idleness);
        requireNotNegative("allowedLateness", allowedLateness);
        requireNotNegative("maxFutureSkew", maxFutureSkew);
        requireCheckpointInterval(checkpointInterval);
        requirePositive("replayLag", replayLag);
        requirePositive("statsInterval", statsInterval);
    }

    /**
     * Out-of-orderness 30 s, idleness 30 s, allowed lateness 2 h, future skew 5 min, checkpoints every 10 s,
     * replayed when more than 2 h behind, loss accounting at most every 5 s per meter, consumer group
     * {@value #DEFAULT_CONSUMER_GROUP}.
     */
    public static EnergyJobConfig defaults(String kafkaBootstrapServers, InfluxSinkConfig influx) {
        return new EnergyJobConfig(kafkaBootstrapServers, DEFAULT_CONSUMER_GROUP, influx, Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofHours(2), Duration.ofSeconds(5));
    }

    public EnergyJobConfig withConsumerGroup(String consumerGroup) {
        return new EnergyJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness, allowedLateness,
                maxFutureSkew, checkpointInterval, replayLag, statsInterval);
    }

    public EnergyJobConfig withEventTime(Duration maxOutOfOrderness, Duration idleness) {
        return new EnergyJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness, allowedLateness,
                maxFutureSkew, checkpointInterval, replayLag, statsInterval);
    }

    public EnergyJobConfig withCheckpointInterval(Duration checkpointInterval) {
        return new EnergyJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness, allowedLateness,
                maxFutureSkew, checkpointInterval, replayLag, statsInterval);
    }
}
