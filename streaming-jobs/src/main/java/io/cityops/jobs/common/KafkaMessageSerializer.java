package io.cityops.jobs.common;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes {@link KafkaMessage}s to one topic, key as UTF-8. The record timestamp is left to the producer
 * (the time of publication): stamping records with the event time of replayed history would let the
 * broker's time-based retention delete them at once.
 */
public final class KafkaMessageSerializer implements KafkaRecordSerializationSchema<KafkaMessage> {

    private static final long serialVersionUID = 1L;

    private final String topic;

    public KafkaMessageSerializer(String topic) {
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(KafkaMessage message, KafkaSinkContext context, Long timestamp) {
        byte[] key = message.key() == null ? null : message.key().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, null, null, key, message.value());
    }
}
