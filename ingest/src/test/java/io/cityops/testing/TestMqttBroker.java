package io.cityops.testing;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * An MQTT 3.1.1 broker (Moquette) inside the test JVM on a free loopback port, persistence off.
 * Sessions of clients with cleanSession=false live in memory while the broker runs.
 *
 * <pre>{@code
 * try (TestMqttBroker broker = new TestMqttBroker()) {
 *     MqttClient client = new MqttClient(broker.serverUri(), "test", new MemoryPersistence());
 * }
 * }</pre>
 */
public final class TestMqttBroker implements AutoCloseable {

    private final Server server;
    private final Path dataDir;
    private final int port;

    public TestMqttBroker() {
        port = FreePorts.loopback();
        try {
            // Moquette writes its instance id there even with persistence off.
            dataDir = Files.createTempDirectory("moquette-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        props.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        props.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        props.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        props.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        // As in the standalone broker: the default per-session command queue (1,024) overflows when a
        // test publishes thousands of QoS 1 messages at once, and Moquette then fails the publishes.
        props.setProperty(BrokerConstants.SESSION_QUEUE_SIZE, "65536");
        props.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, dataDir.toString());
        server = new Server();
        try {
            server.startServer(new MemoryConfig(props));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the MQTT broker on port " + port, e);
        }
    }

    /** {@code tcp://127.0.0.1:port}, ready for a Paho client. */
    public String serverUri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The port it listens on ({@code Server.getPort()} can answer 0 while the bind completes). */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stopServer();
        FreePorts.deleteRecursively(dataDir);
    }
}
