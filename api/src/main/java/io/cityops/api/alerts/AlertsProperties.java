package io.cityops.api.alerts;

import io.cityops.ingest.Topics;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings of the alert view and the command path.
 *
 * @param alertsTopic      topic of transitions and rejections (one partition)
 * @param commandsTopic    topic the API writes operator commands to
 * @param answerTimeout    how long a command request waits for the alert job's answer before a 504
 * @param sendTimeout      how long the broker may take to acknowledge a command before a 503
 * @param pollTimeout      how long one poll of the alert topic blocks; also bounds the shutdown
 * @param defaultPageSize  alerts per page when the request names no size
 * @param maxPageSize      the largest page a request may ask for
 * @param streamHeartbeat  how often the event stream sends a {@code heartbeat} event while nothing happens,
 *                         so proxies and clients can tell a quiet stream from a dead connection
 */
@ConfigurationProperties(AlertsProperties.PREFIX)
public record AlertsProperties(
        @Bindable(defaultValue = Topics.ALERTS) String alertsTopic,
        @Bindable(defaultValue = Topics.ALERT_COMMANDS) String commandsTopic,
        @Bindable(defaultValue = "10s") Duration answerTimeout,
        @Bindable(defaultValue = "5s") Duration sendTimeout,
        @Bindable(defaultValue = "500ms") Duration pollTimeout,
        @Bindable(defaultValue = "50") int defaultPageSize,
        @Bindable(defaultValue = "500") int maxPageSize,
        @Bindable(defaultValue = "15s") Duration streamHeartbeat) {

    public static final String PREFIX = "cityops.alerts";

    public AlertsProperties {
        requireText("alerts-topic", alertsTopic);
        requireText("commands-topic", commandsTopic);
        requirePositive("answer-timeout", answerTimeout);
        requirePositive("send-timeout", sendTimeout);
        requirePositive("poll-timeout", pollTimeout);
        requirePositive("stream-heartbeat", streamHeartbeat);
        if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException(PREFIX + ".default-page-size must be at least 1 and at most "
                    + PREFIX + ".max-page-size, got " + defaultPageSize + " and " + maxPageSize);
        }
    }

    private static void requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "." + key + " must not be blank");
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + "." + key + " must be a positive duration, got " + value);
        }
    }
}
