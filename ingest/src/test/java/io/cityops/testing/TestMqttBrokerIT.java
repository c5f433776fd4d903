package io.cityops.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

class TestMqttBrokerIT {

    @Test
    void deliversAQos1MessageFromOneClientToAnother() throws Exception {
        try (TestMqttBroker broker = new TestMqttBroker()) {
            assertThat(broker.serverUri()).startsWith("tcp://127.0.0.1:").endsWith(":" + broker.port());
            List<String> received = new CopyOnWriteArrayList<>();
            MqttClient subscriber = new MqttClient(broker.serverUri(), "sub", new MemoryPersistence());
            MqttClient publisher = new MqttClient(broker.serverUri(), "pub", new MemoryPersistence());
            try {
                subscriber.connect(new MqttConnectOptions());
                subscriber.subscribe("city/+/+/reading", 1, (topic, message) ->
                        received.add(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8)));
                publisher.connect(new MqttConnectOptions());
                publisher.publish("city/air/aq-1/reading", "{}".getBytes(StandardCharsets.UTF_8), 1, false);

                await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
                assertThat(received).containsExactly("city/air/aq-1/reading {}");
            } finally {
                disconnect(publisher);
                disconnect(subscriber);
            }
        }
    }

    private static void disconnect(MqttClient client) throws Exception {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
