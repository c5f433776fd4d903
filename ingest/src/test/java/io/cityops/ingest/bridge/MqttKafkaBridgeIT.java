package io.cityops.ingest.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.DeadLetterCodec;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.testing.TestKafkaCluster;
import io.cityops.testing.TestMosquitto;
import io.cityops.testing.TestMqttBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MqttKafkaBridgeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    /** Topics are not created on first use, so a send to a missing topic fails as it would in production. */
    private static TestKafkaCluster kafka;

    private final String readings = "readings-" + UUID.randomUUID();
    private final String invalid = "invalid-" + UUID.randomUUID();

    @BeforeAll
    static void startKafka() {
        kafka = new TestKafkaCluster(Map.of("auto.create.topics.enable", "false"));
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private BridgeConfig config(String mqttUri, String clientId) {
        return BridgeConfig.of(mqttUri, clientId, kafka.bootstrapServers())
                .withTopics(readings, invalid)
                .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    private void createTopics() {
        kafka.createTopic(readings, 2);
        kafka.createTopic(invalid, 1);
    }

    private static byte[] reading(String sensorId, long seq) {
        return ReadingCodec.encode(new Reading(sensorId, SensorKind.AIR, T0.plusSeconds(60 * seq), seq, Map.of("pm25", 10.0 + seq)));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static MqttClient publisher(String uri) throws Exception {
        MqttClient client = new MqttClient(uri, "pub-" + UUID.randomUUID().toString().substring(0, 8), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        return client;
    }

    private static void close(MqttClient client) throws Exception {
        client.disconnect();
        client.close();
    }

    @Test
    void forwardsQos1ReadingsKeyedBySensorIdWithThePayloadUnchangedAndDeadLettersBadTopics() throws Exception {
        createTopics();
        try (TestMqttBroker broker = new TestMqttBroker();
                MqttKafkaBridge bridge = new MqttKafkaBridge(config(broker.serverUri(), "bridge-forward"))) {
            bridge.start();
            assertThat(bridge.awaitReady(WAIT)).isTrue();
            MqttClient publisher = publisher(broker.serverUri());
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String sensor = "aq-wbl-000" + (i % 3 + 1);
                byte[] payload = reading(sensor, i);
                sent.add(payload);
                publisher.publish(MqttTopics.readingTopic(SensorKind.AIR, sensor), payload, 1, false);
            }
            publisher.publish("city/water/wm-1/reading", "{\"level\":3}".getBytes(StandardCharsets.UTF_8), 1, false);
            publisher.publish("city/air//reading", "not json".getBytes(StandardCharsets.UTF_8), 1, false);
            close(publisher);

            await().atMost(WAIT).until(() -> bridge.stats().forwarded() == 10 && bridge.stats().failed() == 2);
            List<ConsumerRecord<String, byte[]>> records = kafka.consume(readings, 10, WAIT);
            assertThat(records).hasSize(10);
            for (ConsumerRecord<String, byte[]> record : records) {
                Reading decoded = ReadingCodec.decodeOrThrow(record.value());
                assertThat(record.key()).isEqualTo(decoded.sensorId());
                assertThat(header(record, KafkaForwarder.HEADER_MQTT_TOPIC)).isEqualTo("city/air/" + decoded.sensorId() + "/reading");
                assertThat(header(record, KafkaForwarder.HEADER_KIND)).isEqualTo("air");
            }
            assertThat(records).extracting(r -> text(r.value())).containsExactlyInAnyOrderElementsOf(sent.stream().map(MqttKafkaBridgeIT::text).toList());

            List<DeadLetter> letters = kafka.consume(invalid, 2, WAIT).stream().map(r -> DeadLetterCodec.decode(r.value())).toList();
            assertThat(letters).extracting(DeadLetter::payload).containsExactlyInAnyOrder("{\"level\":3}", "not json");
            assertThat(letters).allSatisfy(l -> {
                assertThat(l.reason()).isEqualTo(DeadLetter.REASON_MALFORMED_TOPIC);
                assertThat(l.stage()).isEqualTo(DeadLetter.STAGE_BRIDGE);
                assertThat(l.sensorId()).isNull();
            });
            assertThat(letters).extracting(DeadLetter::detail).anySatisfy(d -> assertThat(d).contains("unknown kind 'water'"))
                    .anySatisfy(d -> assertThat(d).contains("invalid sensor id ''"));
            assertThat(bridge.stats()).isEqualTo(new BridgeStats(12, 10, 2, 0));
        }
    }

    @Test
    void deliversMessagesPublishedWhileTheBridgeWasDownOnceItComesBackWithTheSameClientId() throws Exception {
        createTopics();
        try (TestMqttBroker broker = new TestMqttBroker()) {
            BridgeConfig config = config(broker.serverUri(), "bridge-persistent");
            try (MqttKafkaBridge first = new MqttKafkaBridge(config)) {
                first.start();
                assertThat(first.awaitReady(WAIT)).isTrue();
            }
            MqttClient publisher = publisher(broker.serverUri());
            for (int i = 0; i < 5; i++) {
                publisher.publish(MqttTopics.readingTopic(SensorKind.AIR, "aq-wbl-0001"), reading("aq-wbl-0001", i), 1, false);
            }
            close(publisher);

            try (MqttKafkaBridge second = new MqttKafkaBridge(config)) {
                second.start();
                await().atMost(WAIT).until(() -> second.stats().forwarded() == 5);
            }
            assertThat(kafka.consume(readings, 5, WAIT)).extracting(r -> ReadingCodec.decodeOrThrow(r.value()).seq())
                    .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L);
        }
    }

    @Test
    void twoBridgesInOneSharedGroupSplitTheMessagesAndForwardEachOnce() throws Exception {
        createTopics();
        try (TestMosquitto broker = new TestMosquitto();
                MqttKafkaBridge one = new MqttKafkaBridge(config(broker.serverUri(), "bridge-one").withSharedGroup("bridges"));
                MqttKafkaBridge two = new MqttKafkaBridge(config(broker.serverUri(), "bridge-two").withSharedGroup("bridges"))) {
            one.start();
            two.start();
            assertThat(one.awaitReady(WAIT)).isTrue();
            assertThat(two.awaitReady(WAIT)).isTrue();
            MqttClient publisher = publisher(broker.serverUri());
            int count = 40;
            for (int i = 0; i < count; i++) {
                String sensor = "aq-wbl-m" + String.format("%03d", i % 8 + 1);
                publisher.publish(MqttTopics.readingTopic(SensorKind.AIR, sensor), reading(sensor, i), 1, false);
            }
            close(publisher);

            await().atMost(WAIT).until(() -> one.stats().forwarded() + two.stats().forwarded() == count);
            assertThat(one.stats().forwarded()).isPositive();
            assertThat(two.stats().forwarded()).isPositive();
            assertThat(one.stats().received() + two.stats().received()).isEqualTo(count);
            assertThat(kafka.consume(readings, count, WAIT)).extracting(r -> ReadingCodec.decodeOrThrow(r.value()).seq())
                    .doesNotHaveDuplicates().hasSize(count);
        }
    }

    @Test
    void keepsAMessageUnacknowledgedAndRetriesUntilKafkaTakesIt() throws Exception {
        try (TestMqttBroker broker = new TestMqttBroker();
                MqttKafkaBridge bridge = new MqttKafkaBridge(config(broker.serverUri(), "bridge-retry")
                        .withKafkaProperties(Map.of("max.block.ms", "300")))) {
            bridge.start();
            assertThat(bridge.awaitReady(WAIT)).isTrue();
            MqttClient publisher = publisher(broker.serverUri());
            publisher.publish(MqttTopics.readingTopic(SensorKind.AIR, "aq-wbl-0002"), reading("aq-wbl-0002", 7), 1, false);
            close(publisher);

            // the readings topic does not exist yet: every send fails and is retried
            await().atMost(WAIT).until(() -> bridge.stats().retried() >= 2);
            assertThat(bridge.stats().forwarded()).isZero();

            createTopics();
            await().atMost(WAIT).until(() -> bridge.stats().forwarded() == 1);
            assertThat(kafka.consume(readings, 1, WAIT)).singleElement()
                    .satisfies(r -> assertThat(r.key()).isEqualTo("aq-wbl-0002"));
            assertThat(bridge.stats().received()).isEqualTo(1);
        }
    }

    @Test
    void leavesAMessageKafkaDidNotTakeWithTheBrokerWhenClosedSoTheNextSessionForwardsIt() throws Exception {
        try (TestMqttBroker broker = new TestMqttBroker()) {
            BridgeConfig config = config(broker.serverUri(), "bridge-handover").withKafkaProperties(Map.of("max.block.ms", "300"));
            try (MqttKafkaBridge first = new MqttKafkaBridge(config)) {
                first.start();
                assertThat(first.awaitReady(WAIT)).isTrue();
                MqttClient publisher = publisher(broker.serverUri());
                publisher.publish(MqttTopics.readingTopic(SensorKind.AIR, "aq-wbl-0004"), reading("aq-wbl-0004", 3), 1, false);
                close(publisher);
                await().atMost(WAIT).until(() -> first.stats().retried() >= 1);
            }
            createTopics();
            try (MqttKafkaBridge second = new MqttKafkaBridge(config)) {
                second.start();
                await().atMost(WAIT).until(() -> second.stats().forwarded() == 1);
            }
            assertThat(kafka.consume(readings, 1, WAIT)).singleElement()
                    .satisfies(r -> assertThat(ReadingCodec.decodeOrThrow(r.value()).seq()).isEqualTo(3L));
        }
    }

    @Test
    void keepsTryingToConnectToABrokerThatIsNotThereYetAndReconnectsAfterItRestarts() throws Exception {
        createTopics();
        int port = freePort();
        try (MqttKafkaBridge bridge = new MqttKafkaBridge(config("tcp://127.0.0.1:" + port, "bridge-late-broker"))) {
            bridge.start();
            assertThat(bridge.awaitReady(Duration.ofMillis(500))).isFalse();
            try (TestMosquitto broker = new TestMosquitto(port)) {
                assertThat(bridge.awaitReady(WAIT)).isTrue();
                publishOne(broker.serverUri(), 1);
                await().atMost(WAIT).until(() -> bridge.stats().forwarded() == 1);
            }
            await().atMost(WAIT).until(() -> !bridge.isReady());
            // a new broker knows nothing of the old session: the bridge subscribes again
            try (TestMosquitto restarted = new TestMosquitto(port)) {
                assertThat(bridge.awaitReady(WAIT)).isTrue();
                publishOne(restarted.serverUri(), 2);
                await().atMost(WAIT).until(() -> bridge.stats().forwarded() == 2);
            }
        }
        assertThat(kafka.consume(readings, 2, WAIT)).extracting(r -> ReadingCodec.decodeOrThrow(r.value()).seq())
                .containsExactlyInAnyOrder(1L, 2L);
    }

    private static void publishOne(String uri, long seq) throws Exception {
        MqttClient publisher = publisher(uri);
        publisher.publish(MqttTopics.readingTopic(SensorKind.AIR, "aq-wbl-0003"), reading("aq-wbl-0003", seq), 1, false);
        close(publisher);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
