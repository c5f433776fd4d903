package io.cityops.api.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A plain Server-Sent Events reader on java.net.http, as a screen would be: it connects, reads, hangs up. */
final class SseClient implements AutoCloseable {

    /** @param receivedNanos {@link System#nanoTime()} when the event was complete */
    record Event(String id, String name, String data, long receivedNanos) {
    }

    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Event> control = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final int status;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        this.reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient connect(URI uri, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new SseClient(client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return status;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        Event event = new Event(id, name, data.toString(), System.nanoTime());
                        // The stream's own "ready" and "heartbeat" events are kept apart from the records.
                        ("ready".equals(name) || "heartbeat".equals(name) ? control : events).add(event);
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) {
            // hung up
        }
    }

    /** Waits until {@code count} events have arrived in all, and returns them. */
    List<Event> take(int count, Duration timeout) throws InterruptedException {
        List<Event> taken = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (taken.size() < count) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("expected " + count + " events within " + timeout + ", got " + taken);
            }
            taken.add(event);
        }
        return taken;
    }

    /** The next "ready" or "heartbeat" event. */
    Event control(Duration timeout) throws InterruptedException {
        Event event = control.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no ready or heartbeat event within " + timeout);
        }
        return event;
    }

    /** Events that arrived within the quiet period, for checking that nothing more comes. */
    List<Event> drain(Duration quiet) throws InterruptedException {
        List<Event> drained = new ArrayList<>();
        Event event;
        while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            drained.add(event);
        }
        return drained;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
