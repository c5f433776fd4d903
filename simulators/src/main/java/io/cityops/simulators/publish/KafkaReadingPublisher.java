package io.cityops.simulators.publish;

import io.cityops.ingest.Topics;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes readings straight to Kafka (topic {@code city.readings} by default, key = sensor id so a
 * sensor's readings stay in order on one partition), with {@code acks=all} and an idempotent
 * producer so that retries cannot duplicate a reading. The first asynchronous failure is remembered
 * and rethrown from the next {@code publish}, {@code flush} or {@code close}.
 */
public final class KafkaReadingPublisher implements ReadingPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaReadingPublisher.class);

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String bootstrapServers;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    private KafkaReadingPublisher(KafkaProducer<String, byte[]> producer, String topic, String bootstrapServers) {
        this.producer = producer;
        this.topic = topic;
        this.bootstrapServers = bootstrapServers;
    }

    /** Connects to {@code city.readings} on the given brokers. */
    public static KafkaReadingPublisher connect(String bootstrapServers) {
        return connect(bootstrapServers, Topics.READINGS, Map.of());
    }

    /**
     * Connects and checks that the topic's partitions can be seen, so an unreachable cluster fails
     * here with a clear message rather than at the first send.
     *
     * @param overrides further producer settings (they win over the defaults, except the serialisers)
     */
    public static KafkaReadingPublisher connect(String bootstrapServers, String topic, Map<String, Object> overrides) {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "cityops-simulator");
        props.putAll(overrides);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        KafkaProducer<String, byte[]> producer;
        try {
            producer = new KafkaProducer<>(props);
        } catch (KafkaException e) {
            throw new PublisherException("invalid Kafka producer settings for " + bootstrapServers + ": " + e.getMessage(), e);
        }
        try {
            producer.partitionsFor(topic);
        } catch (KafkaException e) {
            producer.close(Duration.ZERO);
            throw new PublisherException("cannot reach Kafka at " + bootstrapServers + " or see topic " + topic
                    + " within " + props.get(ProducerConfig.MAX_BLOCK_MS_CONFIG) + " ms: " + e.getMessage(), e);
        }
        LOG.info("Publishing readings to Kafka {} topic {}", bootstrapServers, topic);
        return new KafkaReadingPublisher(producer, topic, bootstrapServers);
    }

    @Override
    public void publish(Reading reading) {
        rethrowFailure();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, reading.sensorId(), ReadingCodec.encode(reading));
        try {
            producer.send(record, (metadata, exception) -> {
                if (exception == null) {
                    sent.incrementAndGet();
                } else if (firstFailure.compareAndSet(null, exception)) {
                    LOG.error("Kafka delivery to {} failed: {}", topic, exception.toString());
                }
            });
        } catch (KafkaException e) {
            throw new PublisherException("cannot send to Kafka topic " + topic + " at " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        producer.flush();
        rethrowFailure();
    }

    @Override
    public long sent() {
        return sent.get();
    }

    public String topic() {
        return topic;
    }

    @Override
    public void close() {
        try {
            producer.flush();
        } finally {
            producer.close(Duration.ofSeconds(10));
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Exception failure = firstFailure.get();
        if (failure != null) {
            throw new PublisherException("an earlier Kafka delivery to " + topic + " failed: " + failure.getMessage(), failure);
        }
    }
}
