package io.cityops.jobs.common;

import io.cityops.ingest.Topics;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The Kafka source of {@code city.readings} and the sinks of encoded messages, wired the same way for every job. */
public final class KafkaConnectors {

    private KafkaConnectors() {
    }

    /**
     * Reads {@code city.readings} from the group's committed offsets, or from the earliest offset when
     * the group has none yet (a new job sees the backlog). Offsets are committed on checkpoints, so
     * they only serve as a starting point; Flink's checkpoint is what recovery uses.
     */
    public static KafkaSource<RawReading> readingsSource(String bootstrapServers, String consumerGroup) {
        return KafkaSource.<RawReading>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(Topics.READINGS)
                .setGroupId(consumerGroup)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawReadingDeserializer())
                // new partitions are picked up without a restart
                .setProperty("partition.discovery.interval.ms", "60000")
                .build();
    }

    /**
     * At-least-once sink of encoded messages: every checkpoint waits for the broker's acknowledgement
     * of all records before it (acks=all). Consumers see a record twice after a recovery at worst;
     * the indicator records carry their revision so a repeat is harmless.
     */
    public static KafkaSink<KafkaMessage> messageSink(String bootstrapServers, String topic) {
        return KafkaSink.<KafkaMessage>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(new KafkaMessageSerializer(topic))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setProperty(ProducerConfig.ACKS_CONFIG, "all")
                .setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .build();
    }
}
