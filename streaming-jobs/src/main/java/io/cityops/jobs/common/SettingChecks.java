package io.cityops.jobs.common;

import java.time.Duration;
import java.util.Objects;

/**
 * The checks the jobs' configs make of their settings, so that a bad value reads the same whichever
 * job it was given to.
 */
public final class SettingChecks {

    /** Flink refuses checkpoint intervals below 10 ms. */
    private static final Duration MIN_CHECKPOINT_INTERVAL = Duration.ofMillis(10);

    private SettingChecks() {
    }

    /** Bootstrap servers and consumer group both given. */
    public static void requireKafka(String kafkaBootstrapServers, String consumerGroup) {
        if (kafkaBootstrapServers == null || kafkaBootstrapServers.isBlank()) {
            throw new IllegalArgumentException("kafkaBootstrapServers must not be blank (for instance 127.0.0.1:9092)");
        }
        if (consumerGroup == null || consumerGroup.isBlank()) {
            throw new IllegalArgumentException("consumerGroup must not be blank");
        }
    }

    /** Positive and not below what Flink accepts. */
    public static void requireCheckpointInterval(Duration checkpointInterval) {
        requirePositive("checkpointInterval", checkpointInterval);
        if (checkpointInterval.compareTo(MIN_CHECKPOINT_INTERVAL) < 0) {
            throw new IllegalArgumentException("checkpointInterval must be at least 10 ms, was " + checkpointInterval);
        }
    }

    public static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    public static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
