package io.cityops.api.alerts.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP endpoint that takes webhook POSTs, and can go down and come back on the same port. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String signature, String delivery, String event, byte[] body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final int port;
    private HttpServer server;

    WebhookReceiver() {
        this.port = start(0);
    }

    private int start(int wantedPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", wantedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst("X-CityOps-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-CityOps-Event"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    void down() {
        server.stop(0);
    }

    void up() {
        start(port);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
