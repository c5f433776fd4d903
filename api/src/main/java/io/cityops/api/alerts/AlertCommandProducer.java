package io.cityops.api.alerts;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes commands to {@code city.alert-commands}, keyed by alert id so one alert's commands stay in order.
 * Acknowledged by all in-sync replicas, idempotent (a retried send is not written twice); the delivery
 * timeout is the configured send timeout, so by the time {@link #send} gives up the record is either
 * written or failed for good — never written behind the caller's back.
 */
@Singleton
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class AlertCommandProducer {

    /** The broker did not take the command; it was not written. */
    static final class NotSentException extends RuntimeException {
        NotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KafkaProducer<String, byte[]> producer;
    private final AlertsProperties properties;

    AlertCommandProducer(KafkaProperties kafka, AlertsProperties properties) {
        this.properties = properties;
        int timeout = (int) Math.max(1000, properties.sendTimeout().toMillis());
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "cityops-api-alert-commands");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends the command and waits for the broker's acknowledgement. */
    void send(AlertCommand command) {
        long waitMillis = properties.sendTimeout().plus(Duration.ofSeconds(2)).toMillis();
        try {
            producer.send(new ProducerRecord<>(properties.commandsTopic(), command.alertId(), AlertJson.bytes(command)))
                    .get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new NotSentException("Kafka did not take the command: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new NotSentException("Kafka did not acknowledge the command within " + waitMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSentException("interrupted while sending the command", e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new NotSentException("Kafka did not take the command: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
