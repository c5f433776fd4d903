package io.cityops.jobs.common;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Hands every Kafka record on as a {@link RawReading} and never throws: a poison message must reach
 * validation (and the dead-letter topic), not restart the job forever.
 */
public final class RawReadingDeserializer implements KafkaRecordDeserializationSchema<RawReading> {

    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawReading> out) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        byte[] value = record.value() == null ? EMPTY : record.value();
        out.collect(new RawReading(key, value, record.timestamp()));
    }

    @Override
    public TypeInformation<RawReading> getProducedType() {
        return TypeInformation.of(RawReading.class);
    }
}
