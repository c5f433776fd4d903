package io.cityops.jobs.influx;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HTTP proxy in front of the real InfluxDB that is "down" for its first requests: it drops the
 * connection without an answer, then answers 503, alternately, and forwards every later request
 * unchanged. Lets a test watch the sink ride out an outage without losing points.
 */
final class FlakyInfluxProxy implements AutoCloseable {

    private final String target;
    private final int failures;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpServer server;

    FlakyInfluxProxy(String target, int failures) throws IOException {
        this.target = target;
        this.failures = failures;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    int forwarded() {
        return forwarded.get();
    }

    String lastAuthorization() {
        return lastAuthorization.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number = requests.incrementAndGet();
        lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (number <= failures) {
            if (number % 2 == 1) {
                // Throwing before any answer makes the server close the connection: the client sees
                // no response at all, as when InfluxDB goes away mid-request.
                throw new IOException("connection dropped by the test proxy");
            }
            reply(exchange, 503, "{\"error\":\"test proxy: service unavailable\"}".getBytes());
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null) {
            forward.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            forwarded.incrementAndGet();
            reply(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
