package io.cityops.api.alerts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The Kafka cluster the API reads alerts from and writes commands to. Without
 * {@code cityops.kafka.bootstrap-servers} the alert endpoints are not started (the rest of the API runs
 * without Kafka).
 *
 * @param bootstrapServers {@code host:port[,host:port…]}
 */
@ConfigurationProperties(KafkaProperties.PREFIX)
public record KafkaProperties(@Nullable String bootstrapServers) {

    public static final String PREFIX = "cityops.kafka";
    /** The key whose presence turns the alert beans on. */
    public static final String BOOTSTRAP_SERVERS = PREFIX + ".bootstrap-servers";

    public KafkaProperties {
        if (bootstrapServers != null && bootstrapServers.isBlank()) {
            throw new IllegalArgumentException(BOOTSTRAP_SERVERS + " must not be blank");
        }
    }
}
