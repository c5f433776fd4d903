package io.cityops.jobs.alerts;

import io.cityops.jobs.common.KafkaMessage;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Sources of undecoded records (key and value): decoding happens in an operator, so a bad record is
 * answered or counted instead of failing the source.
 */
final class KafkaRecords implements KafkaRecordDeserializationSchema<KafkaMessage> {

    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    /** From the group's committed offsets, or the earliest when it has none (a first start sees the backlog). */
    static KafkaSource<KafkaMessage> source(String bootstrapServers, String consumerGroup, String topic) {
        return KafkaSource.<KafkaMessage>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(consumerGroup)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new KafkaRecords())
                .setProperty("partition.discovery.interval.ms", "60000")
                .build();
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaMessage> out) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        out.collect(new KafkaMessage(key, record.value() == null ? EMPTY : record.value()));
    }

    @Override
    public TypeInformation<KafkaMessage> getProducedType() {
        return TypeInformation.of(KafkaMessage.class);
    }
}
