package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class KafkaMessageSerializerTest {

    @Test
    void recordGoesToTheTopicWithItsKeyAndThePublicationTime() {
        byte[] value = "{}".getBytes(StandardCharsets.UTF_8);

        ProducerRecord<byte[], byte[]> record = new KafkaMessageSerializer("city.indicators")
                .serialize(new KafkaMessage("wbl", value), null, 946_684_800_000L);

        assertThat(record.topic()).isEqualTo("city.indicators");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("wbl");
        assertThat(record.value()).isEqualTo(value);
        assertThat(record.timestamp()).as("left to the producer, not the event time").isNull();
        assertThat(record.partition()).isNull();
    }

    @Test
    void messageWithoutKeyHasNoKey() {
        assertThat(new KafkaMessageSerializer("t").serialize(new KafkaMessage(null, new byte[] {1}), null, null).key())
                .isNull();
    }
}
