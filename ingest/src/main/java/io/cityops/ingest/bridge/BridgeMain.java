package io.cityops.ingest.bridge;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the MQTT→Kafka bridge on its own until Ctrl-C (or SIGTERM). Settings come from options and
 * {@code CITYOPS_BRIDGE_*} environment variables; {@code --help} lists them. Logging goes through
 * SLF4J: put a binding (logback-classic, for instance) on the class path to see it.
 */
public final class BridgeMain {

    private BridgeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (BridgeOptions.wantsHelp(args)) {
            System.out.print(BridgeOptions.usage());
            return;
        }
        BridgeConfig config;
        try {
            config = BridgeOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println();
            System.err.print(BridgeOptions.usage());
            System.exit(2);
            return;
        }
        MqttKafkaBridge bridge = new MqttKafkaBridge(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bridge.close();
            System.err.println("bridge stopped: " + bridge.stats());
            stopped.countDown();
        }, "bridge-shutdown"));
        bridge.start();
        System.err.println("bridge started: " + config);
        stopped.await();
    }
}
