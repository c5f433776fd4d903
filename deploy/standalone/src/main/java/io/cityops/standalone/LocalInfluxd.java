package io.cityops.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * InfluxDB 1.x as a child process with its data under a local folder, for the standalone form when
 * no InfluxDB URL is configured. On a Debian-like machine a missing {@code influxd} is installed
 * from Debian's {@code influxdb} package first.
 */
final class LocalInfluxd implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalInfluxd.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String url;

    private LocalInfluxd(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** The URL clients use. */
    String url() {
        return url;
    }

    static LocalInfluxd start(Path dataDir, int httpPort, int rpcPort) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + httpPort;
        if (answersPing(url)) {
            LOG.info("An InfluxDB already answers at {}; using it", url);
            return new LocalInfluxd(null, url);
        }
        Path binary = findOrInstallInfluxd();
        Files.createDirectories(dataDir);
        Path config = dataDir.resolve("influxdb.conf");
        Files.writeString(config, configText(dataDir.toAbsolutePath(), httpPort, rpcPort), StandardCharsets.UTF_8);
        Path log = dataDir.resolve("influxd.log");
        Process process = new ProcessBuilder(binary.toString(), "run", "-config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (!answersPing(url)) {
            if (!process.isAlive()) {
                throw new IOException("influxd exited with code " + process.exitValue() + " before answering; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IOException("influxd did not answer " + url + "/ping within " + STARTUP_TIMEOUT + "; see " + log);
            }
            Thread.sleep(200);
        }
        LOG.info("InfluxDB started at {} with its data in {}", url, dataDir);
        return new LocalInfluxd(process, url);
    }

    static String configText(Path dataDir, int httpPort, int rpcPort) throws IOException {
        try (var in = LocalInfluxd.class.getResourceAsStream("/influxdb.conf.template")) {
            if (in == null) {
                throw new IOException("influxdb.conf.template missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@DATA_DIR@", dataDir.toString())
                    .replace("@HTTP_PORT@", Integer.toString(httpPort))
                    .replace("@RPC_PORT@", Integer.toString(rpcPort));
        }
    }

    static boolean answersPing(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "/ping")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 204;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path findOrInstallInfluxd() throws IOException, InterruptedException {
        Optional<Path> found = findOnPath();
        if (found.isPresent()) {
            return found.get();
        }
        if (!Files.exists(Path.of("/etc/debian_version"))) {
            throw new IOException("""
                    influxd (InfluxDB 1.x) was not found on PATH. Install InfluxDB 1.x for your system \
                    (InfluxDB 2.x and 3.x also serve the v1 API) and start it, then pass \
                    --influxdb-url http://host:8086; on Debian or Ubuntu the launcher installs the \
                    'influxdb' package itself.""");
        }
        LOG.info("influxd not found: installing Debian's influxdb package");
        run(List.of("apt-get", "update", "-q"));
        run(List.of("apt-get", "install", "-y", "-q", "influxdb"));
        return findOnPath().orElseThrow(() -> new IOException("apt-get installed influxdb but influxd is not on PATH"));
    }

    private static Optional<Path> findOnPath() {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin";
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "influxd");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        List<String> withPrivileges = isRoot() ? command : prepend("sudo", command);
        ProcessBuilder builder = new ProcessBuilder(withPrivileges).inheritIO();
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IOException(String.join(" ", withPrivileges) + " failed with exit code " + exit
                    + "; install InfluxDB yourself or pass --influxdb-url");
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> prepend(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        LOG.info("InfluxDB stopped");
    }
}
