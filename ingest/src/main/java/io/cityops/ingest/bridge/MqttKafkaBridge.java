package io.cityops.ingest.bridge;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.ReadingCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards readings published over MQTT to Kafka without losing any: subscribes to
 * {@code city/+/+/reading} with QoS 1 in a persistent session (cleanSession=false, so the broker keeps
 * messages while the bridge is away) and acknowledges each message to the broker only after Kafka
 * acknowledged it (manual acks, producer acks=all and idempotent). A failed Kafka send is retried
 * with back-off while the message stays unacknowledged; a lost or refused MQTT connection is retried
 * with back-off, each failure logged with its reason. Delivery is at least once: a message whose
 * acknowledgement was cut off by a disconnect is delivered again, and the sequence number lets the
 * jobs drop the copy.
 *
 * <p>Messages on a topic that is not a reading topic (unknown kind, bad sensor id) go to the invalid
 * topic as dead letters (stage {@code bridge}, reason {@code malformed_topic}), also acknowledged only
 * once Kafka has them.
 */
public final class MqttKafkaBridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MqttKafkaBridge.class);
    private static final int SUBSCRIPTION_REFUSED = 0x80;

    private final BridgeConfig config;
    private final Clock clock;
    private final Backoff backoff;
    private final MqttAsyncClient client;
    private final KafkaForwarder forwarder;
    private final ScheduledExecutorService scheduler;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicInteger connectAttempt = new AtomicInteger();

    private volatile boolean started;
    private volatile boolean closed;
    private volatile CountDownLatch ready = new CountDownLatch(1);

    public MqttKafkaBridge(BridgeConfig config) {
        this(config, Clock.systemUTC());
    }

    public MqttKafkaBridge(BridgeConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.backoff = new Backoff(config.reconnectMin(), config.reconnectMax());
        try {
            this.client = new MqttAsyncClient(config.mqttServerUri(), config.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot create an MQTT client for " + config.mqttServerUri() + ": " + e, e);
        }
        client.setManualAcks(true);
        client.setCallback(new Callback());
        this.forwarder = new KafkaForwarder(config);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mqtt-bridge-" + config.clientId());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts connecting in the background; a broker that is not there yet is retried with back-off. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("bridge " + config.clientId() + " is closed");
        }
        if (started) {
            return;
        }
        started = true;
        LOG.info("MQTT bridge starting: {}", config);
        scheduler.execute(this::connect);
    }

    /** Whether the bridge is connected and subscribed. */
    public boolean isReady() {
        return ready.getCount() == 0 && client.isConnected();
    }

    /** Waits until connected and subscribed; false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && client.isConnected();
    }

    public BridgeStats stats() {
        return new BridgeStats(received.get(), forwarded.get(), failed.get(), retried.get());
    }

    public BridgeConfig config() {
        return config;
    }

    /**
     * Stops taking messages, waits for Kafka to acknowledge what is under way (acknowledging those to
     * the broker), then disconnects. Messages not acknowledged by then stay in the broker's session
     * for the next start with the same client id.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // no more retries or reconnects; what waits for a retry stays unacknowledged with the broker
        scheduler.shutdownNow();
        // waits (bounded) for sends under way; their callbacks acknowledge to the still-connected broker
        forwarder.close();
        try {
            if (client.isConnected()) {
                client.disconnect(0).waitForCompletion(5_000);
            }
        } catch (MqttException e) {
            LOG.warn("MQTT disconnect of {} failed: {}", config.clientId(), e.toString());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.warn("MQTT client {} did not close cleanly: {}", config.clientId(), e.toString());
        }
        LOG.info("MQTT bridge {} stopped: {}", config.clientId(), stats());
    }

    private void connect() {
        if (closed) {
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(false);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setMaxInflight(config.maxInFlight());
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(10);
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    LOG.info("MQTT bridge {} connected to {} (session present: {})", config.clientId(), config.mqttServerUri(),
                            token.getSessionPresent());
                    subscribe();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    retryConnect("cannot connect to " + config.mqttServerUri(), error);
                }
            });
        } catch (MqttException e) {
            retryConnect("cannot connect to " + config.mqttServerUri(), e);
        }
    }

    private void subscribe() {
        String filter = config.subscriptionFilter();
        try {
            client.subscribe(filter, 1, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    int[] granted = token.getGrantedQos();
                    if (granted != null && granted.length > 0 && granted[0] == SUBSCRIPTION_REFUSED) {
                        LOG.error("MQTT broker {} refused the subscription {}", config.mqttServerUri(), filter);
                        disconnectAndRetry();
                        return;
                    }
                    connectAttempt.set(0);
                    ready.countDown();
                    LOG.info("MQTT bridge {} subscribed to {} with QoS {}", config.clientId(), filter,
                            granted == null || granted.length == 0 ? "?" : granted[0]);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    LOG.error("MQTT subscription {} failed: {}", filter, String.valueOf(error));
                    disconnectAndRetry();
                }
            });
        } catch (MqttException e) {
            LOG.error("MQTT subscription {} failed: {}", filter, e.toString());
            disconnectAndRetry();
        }
    }

    private void disconnectAndRetry() {
        try {
            client.disconnect(0, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    retryConnect("subscription failed", null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    retryConnect("subscription failed", error);
                }
            });
        } catch (MqttException e) {
            retryConnect("subscription failed", e);
        }
    }

    private void retryConnect(String what, Throwable error) {
        if (closed) {
            return;
        }
        Duration delay = backoff.delay(connectAttempt.incrementAndGet());
        LOG.warn("MQTT bridge {}: {}{}; retrying in {} ms", config.clientId(), what, error == null ? "" : ": " + describe(error),
                delay.toMillis());
        try {
            scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    private void onMessage(String topic, MqttMessage message) {
        if (closed) {
            return; // left unacknowledged: the broker delivers it again to the next session
        }
        received.incrementAndGet();
        byte[] payload = message.getPayload();
        Route route = TopicMapper.map(topic);
        if (route instanceof ReadingRoute reading) {
            deliver(() -> forwarder.forward(reading, payload), message, forwarded::incrementAndGet, 0);
        } else {
            Unroutable unroutable = (Unroutable) route;
            failed.incrementAndGet();
            LOG.warn("MQTT message on {} is not a reading ({}); sending it to {}", topic, unroutable.detail(), config.invalidTopic());
            DeadLetter letter = new DeadLetter(DeadLetter.REASON_MALFORMED_TOPIC, unroutable.detail(), null,
                    ReadingCodec.payloadText(payload), clock.instant(), DeadLetter.STAGE_BRIDGE);
            deliver(() -> forwarder.deadLetter(letter, topic), message, () -> { }, 0);
        }
    }

    /** Sends, acknowledges the MQTT message once Kafka has it, and retries with back-off until then. */
    private void deliver(Supplier<CompletionStage<RecordMetadata>> send, MqttMessage message, Runnable onSent, int attempt) {
        send.get().whenComplete((metadata, error) -> {
            if (error == null) {
                onSent.run();
                acknowledge(message);
                return;
            }
            if (closed) {
                LOG.warn("Kafka send failed while closing ({}); MQTT message {} stays unacknowledged for redelivery",
                        describe(error), message.getId());
                return;
            }
            retried.incrementAndGet();
            Duration delay = backoff.delay(attempt + 1);
            LOG.warn("Kafka send failed ({}); MQTT message {} stays unacknowledged, retrying in {} ms", describe(error),
                    message.getId(), delay.toMillis());
            try {
                scheduler.schedule(() -> deliver(send, message, onSent, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing: the message stays with the broker
            }
        });
    }

    private void acknowledge(MqttMessage message) {
        try {
            client.messageArrivedComplete(message.getId(), message.getQos());
        } catch (MqttException | RuntimeException e) {
            // the connection dropped between arrival and acknowledgement: the broker redelivers it
            LOG.info("cannot acknowledge MQTT message {} ({}); the broker will deliver it again", message.getId(), e.toString());
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage()
                        + (cause.getCause() == null ? "" : " (" + cause.getCause() + ")");
    }

    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            // subscription follows in the connect listener
        }

        @Override
        public void connectionLost(Throwable cause) {
            ready = new CountDownLatch(1);
            retryConnect("connection to " + config.mqttServerUri() + " lost", cause);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            onMessage(topic, message);
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // the bridge publishes nothing
        }
    }
}
