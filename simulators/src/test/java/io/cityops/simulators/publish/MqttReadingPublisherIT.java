package io.cityops.simulators.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.simulators.air.AirQualityModel;
import io.cityops.simulators.air.AirReadingSupplier;
import io.cityops.simulators.air.AirSimulation;
import io.cityops.simulators.air.AirSimulationConfig;
import io.cityops.simulators.fault.FaultConfig;
import io.cityops.testing.TestMosquitto;
import io.cityops.testing.TestMqttBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

class MqttReadingPublisherIT {

    private static final Catalogue WANBAILIN = CatalogueLoader.loadDefault();
    private static final Instant START = Instant.parse("2026-01-10T00:00:00Z");

    /** A message as a subscriber saw it. */
    record Received(String topic, String payload) {
    }

    @Test
    void aSubscriberReceivesTheExactJsonOnEachSensorsReadingTopic() throws Exception {
        List<Reading> readings = take(new AirQualityModel(WANBAILIN, 21).readings(START), 3000);
        try (TestMqttBroker broker = new TestMqttBroker()) {
            List<Received> received = Collections.synchronizedList(new ArrayList<>());
            MqttClient subscriber = subscribe(broker.serverUri(), received);
            try (MqttReadingPublisher publisher = MqttReadingPublisher.connect(MqttPublisherConfig.defaults(broker.serverUri()))) {
                readings.forEach(publisher::publish);
                publisher.flush();
                assertThat(publisher.sent()).isEqualTo(3000);
            } finally {
                await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 3000);
                subscriber.disconnect();
                subscriber.close();
            }
            List<Received> expected = readings.stream()
                    .map(r -> new Received(MqttTopics.readingTopic(r.kind(), r.sensorId()), ReadingCodec.encodeToString(r)))
                    .toList();
            assertThat(received).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(received.get(0).topic()).startsWith("city/air/aq-wbl-");
        }
    }

    @Test
    void aSmallInFlightWindowStillDeliversEverythingAtQos1() throws Exception {
        List<Reading> readings = take(new AirQualityModel(WANBAILIN, 22).readings(START), 2000);
        try (TestMqttBroker broker = new TestMqttBroker();
                MqttReadingPublisher publisher = MqttReadingPublisher.connect(
                        MqttPublisherConfig.defaults(broker.serverUri()).withMaxInflight(2))) {
            readings.forEach(publisher::publish);
            publisher.flush();

            assertThat(publisher.sent()).isEqualTo(2000);
        }
    }

    @Test
    void anUnreachableBrokerFailsAtConnectWithItsAddress() {
        assertThatThrownBy(() -> MqttReadingPublisher.connect(
                MqttPublisherConfig.defaults("tcp://127.0.0.1:1").withConnectTimeout(Duration.ofSeconds(3))))
                .isInstanceOf(PublisherException.class)
                .hasMessageContaining("cannot connect to the MQTT broker at tcp://127.0.0.1:1")
                .hasMessageContaining("is the broker running");
    }

    @Test
    void readingsPublishedWhileTheBrokerIsDownArriveAfterItComesBack() throws Exception {
        List<Reading> readings = take(new AirQualityModel(WANBAILIN, 23).readings(START), 600);
        TestMosquitto first = new TestMosquitto();
        int port = first.port();
        try (MqttReadingPublisher publisher = MqttReadingPublisher.connect(MqttPublisherConfig.defaults(first.serverUri()))) {
            readings.subList(0, 200).forEach(publisher::publish);
            publisher.flush();
            first.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> !publisher.isConnected());

            // Buffered while the broker is away; acknowledged by the new broker after the reconnect.
            readings.subList(200, 400).forEach(publisher::publish);
            try (TestMosquitto second = new TestMosquitto(port)) {
                List<Received> received = Collections.synchronizedList(new ArrayList<>());
                MqttClient subscriber = subscribe(second.serverUri(), received);
                readings.subList(400, 600).forEach(publisher::publish);
                publisher.flush();
                await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 200);
                subscriber.disconnect();
                subscriber.close();

                assertThat(publisher.isConnected()).isTrue();
                assertThat(publisher.sent()).isEqualTo(600);
                Map<String, Boolean> seen = new ConcurrentHashMap<>();
                received.forEach(r -> seen.put(r.payload(), true));
                assertThat(readings.subList(400, 600)).allSatisfy(r -> assertThat(seen).containsKey(ReadingCodec.encodeToString(r)));
            }
        } finally {
            first.close();
        }
    }

    @Test
    void anAirSimulationPublishesADayOfTheDefaultCatalogueAsFastAsTheBrokerAllows() throws Exception {
        try (TestMqttBroker broker = new TestMqttBroker()) {
            List<Received> received = Collections.synchronizedList(new ArrayList<>());
            MqttClient subscriber = subscribe(broker.serverUri(), received);
            long sent;
            try (MqttReadingPublisher publisher = MqttReadingPublisher.connect(MqttPublisherConfig.defaults(broker.serverUri()))) {
                AirSimulationConfig config = AirSimulationConfig.defaults().withStart(START).asFastAsPossible()
                        .withDuration(Duration.ofHours(6)).withFaults(FaultConfig.none());
                try (AirSimulation simulation = AirSimulation.start(config, WANBAILIN, publisher)) {
                    assertThat(simulation.awaitCompletion(Duration.ofSeconds(60))).isTrue();
                    sent = simulation.sent();
                }
                assertThat(publisher.sent()).isEqualTo(sent);
            }
            // 14 stations every 5 minutes and 30 every minute, for 6 hours
            assertThat(sent).isEqualTo(14 * 72 + 30 * 360);
            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= sent);
            subscriber.disconnect();
            subscriber.close();
        }
    }

    private static MqttClient subscribe(String serverUri, List<Received> received) throws Exception {
        MqttClient client = new MqttClient(serverUri, "test-subscriber-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        client.subscribe(MqttTopics.ALL_READINGS, 1,
                (topic, message) -> received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8))));
        return client;
    }

    private static List<Reading> take(AirReadingSupplier supplier, int n) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(supplier.next());
        }
        return out;
    }
}
