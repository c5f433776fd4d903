package io.cityops.standalone;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MQTT 3.1.1 broker (Moquette) inside this JVM. Sessions live in memory: the bridge's persistent
 * session survives its reconnects while the broker runs, which is what the standalone form needs.
 */
final class LocalMqttBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalMqttBroker.class);

    private final Server server;
    private final String serverUri;

    private LocalMqttBroker(Server server, String serverUri) {
        this.server = server;
        this.serverUri = serverUri;
    }

    static LocalMqttBroker start(Path dataDir, String host, int port) throws IOException {
        Files.createDirectories(dataDir);
        Properties props = new Properties();
        props.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
        props.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        props.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        props.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        // MQTT 3.1.1 lets a clean-session client leave its id to the server; mosquitto_pub does.
        props.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, "true");
        props.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        // The default per-session command queue overflows when the simulator catches up with the
        // wall clock; a full queue makes Moquette skip publishes.
        props.setProperty(BrokerConstants.SESSION_QUEUE_SIZE, "65536");
        // Moquette keeps its instance id there even without persistence.
        props.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, dataDir.toAbsolutePath().toString());
        Server server = new Server();
        server.startServer(new MemoryConfig(props));
        // getPort() can still read 0 right after start; the configured port is the one bound.
        String uri = "tcp://" + host + ":" + port;
        LOG.info("MQTT broker listening on {}", uri);
        return new LocalMqttBroker(server, uri);
    }

    String serverUri() {
        return serverUri;
    }

    @Override
    public void close() {
        server.stopServer();
        LOG.info("MQTT broker stopped");
    }
}
