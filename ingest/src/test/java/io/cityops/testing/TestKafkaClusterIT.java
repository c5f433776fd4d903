package io.cityops.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestKafkaClusterIT {

    private static TestKafkaCluster kafka;

    @BeforeAll
    static void start() {
        kafka = new TestKafkaCluster();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void producesAndConsumesKeyedRecordsOnATopicWithTwoPartitions() {
        kafka.createTopic("it.kafka", 2);
        kafka.createTopic("it.kafka", 2); // a second creation is harmless
        kafka.produce("it.kafka", "aq-1", "one".getBytes(StandardCharsets.UTF_8));
        kafka.produce("it.kafka", "aq-2", "two".getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, byte[]>> records = kafka.consume("it.kafka", 2, Duration.ofSeconds(30));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("aq-1", "aq-2");
        assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactlyInAnyOrder("one", "two");
        assertThat(kafka.bootstrapServers()).isNotBlank();
    }

    @Test
    void saysHowManyRecordsArrivedWhenTooFewDid() {
        kafka.createTopic("it.kafka.few", 1);
        kafka.produce("it.kafka.few", "k", new byte[] {1});
        assertThatThrownBy(() -> kafka.consume("it.kafka.few", 2, Duration.ofSeconds(2)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("got 1");
    }
}
