package io.cityops.jobs.network;

import static io.cityops.jobs.common.SettingChecks.requireCheckpointInterval;
import static io.cityops.jobs.common.SettingChecks.requireKafka;
import static io.cityops.jobs.common.SettingChecks.requireNotNegative;
import static io.cityops.jobs.common.SettingChecks.requirePositive;

import io.cityops.jobs.common.ReadingsJobConfig;
import io.cityops.jobs.influx.InfluxSinkConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the network job, validated on construction. The outage rules themselves (period,
 * silence, congestion) come from the catalogue.
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers
 * @param consumerGroup         consumer group of the readings source
 * @param influx                where the series go
 * @param maxOutOfOrderness     bounded out-of-orderness of the watermark
 * @param idleness              after this long without records a partition no longer holds the watermark back
 * @param allowedLateness       how long after a period's end its reports are still waited for; later
 *                              ones are dead-lettered as {@code too_late}
 * @param maxFutureSkew         how far ahead of the wall clock a reading's time may be
 * @param checkpointInterval    checkpoint interval (also the latency of Kafka and InfluxDB output)
 * @param statsInterval         shortest time between two loss-accounting points of one sensor
 * @param feedStopAfter         wall-clock quiet time after which the feed counts as stopped, or null for
 *                              the catalogue's (an accelerated simulation needs a shorter one)
 */
public record NetworkJobConfig(String kafkaBootstrapServers, String consumerGroup, InfluxSinkConfig influx,
                               Duration maxOutOfOrderness, Duration idleness, Duration allowedLateness,
                               Duration maxFutureSkew, Duration checkpointInterval, Duration statsInterval,
                               Duration feedStopAfter) implements ReadingsJobConfig {

    public static final String DEFAULT_CONSUMER_GROUP = "cityops-network";

    public NetworkJobConfig {
        requireKafka(kafkaBootstrapServers, consumerGroup);
        Objects.requireNonNull(influx, "influx must not be null");
        requireNotNegative("maxOutOfOrderness", maxOutOfOrderness);
        requirePositive("idleness", idleness);
        requireNotNegative("allowedLateness", allowedLateness);
        requireNotNegative("maxFutureSkew", maxFutureSkew);
        requireCheckpointInterval(checkpointInterval);
        requirePositive("statsInterval", statsInterval);
        if (feedStopAfter != null) {
            requirePositive("feedStopAfter", feedStopAfter);
        }
    }

    /**
     * Out-of-orderness 30 s, idleness 30 s, allowed lateness 2 min, future skew 5 min, checkpoints every
     * 10 s, loss accounting at most every 5 s per sensor, the catalogue's feed-stop time.
     */
    public static NetworkJobConfig defaults(String kafkaBootstrapServers, InfluxSinkConfig influx) {
        return new NetworkJobConfig(kafkaBootstrapServers, DEFAULT_CONSUMER_GROUP, influx, Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofSeconds(10),
                Duration.ofSeconds(5), null);
    }

    public NetworkJobConfig withConsumerGroup(String group) {
        return new NetworkJobConfig(kafkaBootstrapServers, group, influx, maxOutOfOrderness, idleness, allowedLateness,
                maxFutureSkew, checkpointInterval, statsInterval, feedStopAfter);
    }

    public NetworkJobConfig withEventTime(Duration outOfOrderness, Duration idle, Duration lateness) {
        return new NetworkJobConfig(kafkaBootstrapServers, consumerGroup, influx, outOfOrderness, idle, lateness,
                maxFutureSkew, checkpointInterval, statsInterval, feedStopAfter);
    }

    public NetworkJobConfig withCheckpointInterval(Duration interval) {
        return new NetworkJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness,
                allowedLateness, maxFutureSkew, interval, statsInterval, feedStopAfter);
    }

    public NetworkJobConfig withFeedStopAfter(Duration stopAfter) {
        return new NetworkJobConfig(kafkaBootstrapServers, consumerGroup, influx, maxOutOfOrderness, idleness,
                allowedLateness, maxFutureSkew, checkpointInterval, statsInterval, stopAfter);
    }
}
