package io.cityops.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

class TestMosquittoIT {

    @Test
    void deliversThroughASharedSubscriptionAndStopsListeningOnClose() throws Exception {
        String uri;
        try (TestMosquitto broker = new TestMosquitto()) {
            uri = broker.serverUri();
            List<String> received = new CopyOnWriteArrayList<>();
            MqttClient subscriber = new MqttClient(uri, "sub", new MemoryPersistence());
            MqttClient publisher = new MqttClient(uri, "pub", new MemoryPersistence());
            subscriber.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
                @Override
                public void connectionLost(Throwable cause) {
                }

                @Override
                public void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
                    received.add(topic);
                }

                @Override
                public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
                }
            });
            subscriber.connect(new MqttConnectOptions());
            subscriber.subscribe("$share/g/city/+/+/reading", 1);
            publisher.connect(new MqttConnectOptions());
            publisher.publish("city/air/aq-1/reading", new byte[] {'{', '}'}, 1, false);

            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
            assertThat(received).containsExactly("city/air/aq-1/reading");
            publisher.disconnect();
            subscriber.disconnect();
            publisher.close();
            subscriber.close();
        }
        MqttClient late = new MqttClient(uri, "late", new MemoryPersistence());
        MqttConnectOptions quick = new MqttConnectOptions();
        quick.setConnectionTimeout(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> late.connect(quick))
                .isInstanceOf(org.eclipse.paho.client.mqttv3.MqttException.class);
        late.close();
    }
}
