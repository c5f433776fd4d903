package io.cityops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Mosquitto ({@code /usr/sbin/mosquitto}, or system property {@value #BINARY_PROPERTY}) as a
 * child process on a free loopback port, for what the in-process broker lacks: shared subscriptions
 * ({@code $share/group/…}) and a broker that can be stopped and started again. Persistence is off
 * (sessions live in the broker's memory); the queue limit is raised so that a slow subscriber loses
 * nothing. It logs to stderr and needs no writable folder, so dropping root for the
 * {@code mosquitto} user does not matter.
 */
public final class TestMosquitto implements AutoCloseable {

    public static final String BINARY_PROPERTY = "cityops.mosquitto.binary";

    private final Path dir;
    private final int port;
    private final Process process;

    public TestMosquitto() {
        this(FreePorts.loopback());
    }

    /** On a given port, for instance to start a broker again where a client expects it. */
    public TestMosquitto(int port) {
        this.port = port;
        String binary = System.getProperty(BINARY_PROPERTY, "/usr/sbin/mosquitto");
        if (!Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException("Mosquitto is not installed at " + binary
                    + "; install it with apt-get install -y mosquitto or set -D" + BINARY_PROPERTY);
        }
        try {
            dir = Files.createTempDirectory("mosquitto-");
            dir.toFile().setReadable(true, false);
            dir.toFile().setExecutable(true, false);
            Path conf = dir.resolve("mosquitto.conf");
            Files.writeString(conf, String.join("\n",
                    "listener " + port + " 127.0.0.1",
                    "allow_anonymous true",
                    "persistence false",
                    "log_dest stderr",
                    "log_type error",
                    "log_type warning",
                    "max_queued_messages 100000",
                    "max_inflight_messages 100",
                    ""), StandardCharsets.UTF_8);
            conf.toFile().setReadable(true, false);
            process = new ProcessBuilder(binary, "-c", conf.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("mosquitto.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
        awaitListening();
    }

    /** {@code tcp://127.0.0.1:port}. */
    public String serverUri() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        FreePorts.deleteRecursively(dir);
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    // waiting on the process both paces the polling and notices an early exit
                    if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                        throw new IllegalStateException("mosquitto exited with code " + process.exitValue() + ": " + log());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting mosquitto", e);
                }
            }
        }
        close();
        throw new IllegalStateException("mosquitto did not listen on port " + port + " within 10 s: " + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("mosquitto.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
