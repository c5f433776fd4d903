package io.cityops.simulators.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.Topics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.simulators.air.AirQualityModel;
import io.cityops.simulators.air.AirReadingSupplier;
import io.cityops.testing.TestKafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaReadingPublisherIT {

    private static final Catalogue WANBAILIN = CatalogueLoader.loadDefault();
    private static TestKafkaCluster kafka;

    @BeforeAll
    static void startKafka() {
        kafka = new TestKafkaCluster(Map.of("auto.create.topics.enable", "false"));
        kafka.createTopic(Topics.READINGS, 3);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void readingsArriveOnCityReadingsKeyedBySensorIdAsTheExactJsonInEachSensorsOrder() {
        List<Reading> readings = new ArrayList<>();
        AirReadingSupplier supplier = new AirQualityModel(WANBAILIN, 31).readings(Instant.parse("2026-01-10T00:00:00Z"));
        for (int i = 0; i < 2000; i++) {
            readings.add(supplier.next());
        }

        try (KafkaReadingPublisher publisher = KafkaReadingPublisher.connect(kafka.bootstrapServers())) {
            readings.forEach(publisher::publish);
            publisher.flush();
            assertThat(publisher.sent()).isEqualTo(2000);
        }

        List<ConsumerRecord<String, byte[]>> records = kafka.consume(Topics.READINGS, 2000, Duration.ofSeconds(60));
        assertThat(records).hasSize(2000).allSatisfy(r -> {
            Reading decoded = ReadingCodec.decodeOrThrow(r.value());
            assertThat(r.key()).isEqualTo(decoded.sensorId());
        });
        Map<String, List<String>> sentBySensor = readings.stream().collect(Collectors.groupingBy(Reading::sensorId,
                Collectors.mapping(ReadingCodec::encodeToString, Collectors.toList())));
        Map<String, List<String>> receivedBySensor = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> new String(r.value(), StandardCharsets.UTF_8), Collectors.toList())));
        assertThat(receivedBySensor).isEqualTo(sentBySensor);
    }

    @Test
    void aMissingTopicFailsAtConnectNamingTheTopic() {
        assertThatThrownBy(() -> KafkaReadingPublisher.connect(kafka.bootstrapServers(), "no.such.topic",
                Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000)))
                .isInstanceOf(PublisherException.class)
                .hasMessageContaining("no.such.topic")
                .hasMessageContaining(kafka.bootstrapServers());
    }
}
