package io.cityops.ingest.bridge;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.DeadLetterCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends routed MQTT messages to Kafka: readings to the readings topic keyed by sensor id, with the
 * MQTT topic and the kind as headers; messages that cannot be routed to the invalid topic as dead
 * letters. Every send completes a {@link CompletionStage} once Kafka has acknowledged it (acks=all,
 * idempotent producer) or has failed.
 */
final class KafkaForwarder implements AutoCloseable {

    /** Header carrying the MQTT topic the message arrived on. */
    static final String HEADER_MQTT_TOPIC = "mqtt-topic";
    /** Header carrying the kind from the MQTT topic ({@code air}, {@code energy}, {@code network}). */
    static final String HEADER_KIND = "kind";

    private final Producer<String, byte[]> producer;
    private final String readingsTopic;
    private final String invalidTopic;

    KafkaForwarder(BridgeConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafkaProperties());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "mqtt-bridge-" + config.clientId());
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // send() blocks this long without metadata; the bridge retries itself, so fail early rather than stall.
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.readingsTopic = config.kafkaTopic();
        this.invalidTopic = config.invalidTopic();
    }

    CompletionStage<RecordMetadata> forward(ReadingRoute route, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(readingsTopic, route.kafkaKey(), payload);
        record.headers().add(HEADER_MQTT_TOPIC, route.mqttTopic().getBytes(StandardCharsets.UTF_8));
        record.headers().add(HEADER_KIND, route.kind().wireName().getBytes(StandardCharsets.UTF_8));
        return send(record);
    }

    CompletionStage<RecordMetadata> deadLetter(DeadLetter letter, String mqttTopic) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(invalidTopic, letter.sensorId(), DeadLetterCodec.encode(letter));
        record.headers().add(HEADER_MQTT_TOPIC, mqttTopic.getBytes(StandardCharsets.UTF_8));
        return send(record);
    }

    private CompletionStage<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    result.complete(metadata);
                } else {
                    result.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            // send() throws for some failures instead of calling back (a closed producer, a serializer error)
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Waits up to 10 s for sends under way to complete (their callbacks run), then closes. */
    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
