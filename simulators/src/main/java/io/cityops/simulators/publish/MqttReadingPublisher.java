package io.cityops.simulators.publish;

import io.cityops.ingest.MqttTopics;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
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
 * Publishes readings to an MQTT broker with the Paho v3 asynchronous client: topic
 * {@code city/{kind}/{sensorId}/reading}, payload the reading contract's JSON, QoS 1 by default.
 *
 * <p>Flow control: at most {@code maxInflight} messages are unacknowledged at once (a semaphore
 * blocks the publisher beyond that), and Paho's "Too many publishes in progress" (32202) is retried
 * with a short back-off rather than failing the run. The client reconnects automatically; while
 * disconnected, messages wait in Paho's buffer, and a message whose delivery was cut by a lost
 * connection is published again (at least once; the ingest side drops redeliveries by {@code seq}).
 * If the broker cannot be reached at start-up, {@link #connect} fails with a message naming it.
 */
public final class MqttReadingPublisher implements ReadingPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(MqttReadingPublisher.class);
    private static final long MAX_BACKOFF_MILLIS = 100;
    private static final long RETRY_LIMIT_MILLIS = 60_000;

    private final MqttPublisherConfig config;
    private final MqttAsyncClient client;
    private final Semaphore inflight;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong republished = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private volatile boolean closing;

    private MqttReadingPublisher(MqttPublisherConfig config, MqttAsyncClient client) {
        this.config = config;
        this.client = client;
        this.inflight = new Semaphore(config.maxInflight());
    }

    /** Connects to the broker or fails with a clear message. */
    public static MqttReadingPublisher connect(MqttPublisherConfig config) {
        Objects.requireNonNull(config, "config");
        MqttAsyncClient client;
        try {
            client = new MqttAsyncClient(config.serverUri(), config.clientId(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new PublisherException("invalid MQTT broker address " + config.serverUri() + ": " + e.getMessage(), e);
        }
        MqttReadingPublisher publisher = new MqttReadingPublisher(config, client);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(true);
        options.setMaxInflight(config.maxInflight());
        options.setConnectionTimeout((int) Math.max(1, config.connectTimeout().toSeconds()));
        options.setKeepAliveInterval(30);
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(config.bufferSize());
        buffer.setPersistBuffer(false);
        buffer.setDeleteOldestMessages(false);
        client.setBufferOpts(buffer);
        client.setCallback(publisher.new ConnectionLog());
        try {
            client.connect(options).waitForCompletion(config.connectTimeout().toMillis());
        } catch (MqttException e) {
            closeQuietly(client);
            throw new PublisherException("cannot connect to the MQTT broker at " + config.serverUri() + ": "
                    + describe(e) + " (is the broker running and reachable?)", e);
        }
        LOG.info("Publishing readings to MQTT broker {} as {} (QoS {})", config.serverUri(), config.clientId(), config.qos());
        return publisher;
    }

    @Override
    public void publish(Reading reading) {
        rethrowFailure();
        if (closing) {
            throw new PublisherException("publisher to " + config.serverUri() + " is closed");
        }
        String topic = MqttTopics.readingTopic(reading.kind(), reading.sensorId());
        byte[] payload = ReadingCodec.encode(reading);
        try {
            inflight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublisherException("interrupted while waiting for broker acknowledgements", e);
        }
        try {
            send(topic, payload);
        } catch (RuntimeException e) {
            inflight.release();
            throw e;
        }
    }

    private void send(String topic, byte[] payload) {
        long backoff = 1;
        long waited = 0;
        while (true) {
            try {
                client.publish(topic, payload, config.qos(), false, null, new Delivery(topic, payload));
                return;
            } catch (MqttException e) {
                boolean transientlyFull = e.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT
                        || e.getReasonCode() == MqttException.REASON_CODE_DISCONNECTED_BUFFER_FULL;
                if (!transientlyFull || waited >= RETRY_LIMIT_MILLIS) {
                    throw new PublisherException("cannot publish to " + topic + " on " + config.serverUri() + ": " + describe(e), e);
                }
                // Paho counts a message in flight until its acknowledgement has been processed,
                // slightly longer than our semaphore does; wait for it to catch up.
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new PublisherException("interrupted while the MQTT client was busy", ie);
                }
                waited += backoff;
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    @Override
    public void flush() {
        int all = config.maxInflight();
        try {
            if (!inflight.tryAcquire(all, config.flushTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PublisherException((all - inflight.availablePermits()) + " readings still unacknowledged by "
                        + config.serverUri() + " after " + config.flushTimeout().toSeconds() + " s");
            }
            inflight.release(all);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublisherException("interrupted while flushing to " + config.serverUri(), e);
        }
        rethrowFailure();
    }

    @Override
    public long sent() {
        return sent.get();
    }

    /** Messages published again after a lost connection cut their delivery. */
    public long republished() {
        return republished.get();
    }

    /** Whether the client is connected right now (false while it reconnects). */
    public boolean isConnected() {
        return client.isConnected();
    }

    public String serverUri() {
        return config.serverUri();
    }

    @Override
    public void close() {
        PublisherException flushFailure = null;
        try {
            if (client.isConnected()) {
                flush();
            }
        } catch (PublisherException e) {
            flushFailure = e;
        } finally {
            closing = true;
            try {
                if (client.isConnected()) {
                    client.disconnect(5_000).waitForCompletion(6_000);
                }
            } catch (MqttException e) {
                LOG.warn("Disconnecting from {} failed: {}", config.serverUri(), describe(e));
            }
            closeQuietly(client);
        }
        if (flushFailure != null) {
            throw flushFailure;
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable failure = firstFailure.get();
        if (failure != null) {
            throw new PublisherException("an earlier MQTT delivery to " + config.serverUri() + " failed: " + failure.getMessage(), failure);
        }
    }

    private static void closeQuietly(MqttAsyncClient client) {
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Closing the MQTT client: {}", describe(e));
        }
    }

    private static String describe(MqttException e) {
        String cause = e.getCause() == null ? "" : " (" + e.getCause() + ")";
        return e.getMessage() + " [" + e.getReasonCode() + "]" + cause;
    }

    /** Completion of one message: counts it, frees its in-flight slot, or publishes it again. */
    private final class Delivery implements IMqttActionListener {
        private final String topic;
        private final byte[] payload;

        Delivery(String topic, byte[] payload) {
            this.topic = topic;
            this.payload = payload;
        }

        @Override
        public void onSuccess(IMqttToken token) {
            sent.incrementAndGet();
            inflight.release();
        }

        @Override
        public void onFailure(IMqttToken token, Throwable exception) {
            if (!closing && connectionProblem(exception)) {
                try {
                    // Paho buffers it until the automatic reconnect succeeds; the slot stays taken.
                    client.publish(topic, payload, config.qos(), false, null, this);
                    republished.incrementAndGet();
                    return;
                } catch (MqttException e) {
                    exception = e;
                }
            }
            firstFailure.compareAndSet(null, exception);
            LOG.error("MQTT delivery to {} failed: {}", topic, exception.toString());
            inflight.release();
        }

        private boolean connectionProblem(Throwable exception) {
            if (exception instanceof MqttException e) {
                int code = e.getReasonCode();
                return code == MqttException.REASON_CODE_CONNECTION_LOST
                        || code == MqttException.REASON_CODE_CLIENT_NOT_CONNECTED
                        || code == MqttException.REASON_CODE_CLIENT_DISCONNECTING
                        || code == MqttException.REASON_CODE_CLIENT_TIMEOUT;
            }
            return false;
        }
    }

    private final class ConnectionLog implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (reconnect) {
                LOG.info("Reconnected to MQTT broker {}", serverUri);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            if (!closing) {
                LOG.warn("Lost the connection to MQTT broker {} ({}); reconnecting, readings are buffered",
                        config.serverUri(), cause == null ? "no cause" : cause.toString());
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
