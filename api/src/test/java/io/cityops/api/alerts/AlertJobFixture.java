package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.ingest.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The other side of docs/alerts.md, played by the test: it opens alerts on {@code city.alerts}, reads
 * {@code city.alert-commands} and answers each command with a transition or a rejection, as the alert
 * job promises to. Its workflow is only the table of docs/alerts.md, enough to drive the API; it can
 * also write every answer twice (at-least-once delivery) or stay silent (a job that is down).
 */
public final class AlertJobFixture implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Set<String>> ALLOWED_FROM = Map.of(
            "accept", Set.of("open", "reopened"),
            "assign", Set.of("accepted", "assigned", "reopened"),
            "resolve", Set.of("assigned"),
            "close", Set.of("resolved"),
            "reopen", Set.of("resolved", "closed"));
    private static final Map<String, String> DONE = Map.of(
            "accept", "accepted", "assign", "assigned", "resolve", "resolved", "close", "closed", "reopen", "reopened");

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, ObjectNode> alerts = new ConcurrentHashMap<>();
    private final List<JsonNode> commands = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile boolean silent;
    private volatile boolean duplicating;

    public AlertJobFixture(String bootstrapServers) {
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
        TopicPartition commandsPartition = new TopicPartition(Topics.ALERT_COMMANDS, 0);
        consumer.assign(List.of(commandsPartition));
        consumer.seekToEnd(List.of(commandsPartition));
        consumer.position(commandsPartition);
        thread = new Thread(this::answerCommands, "alert-job-fixture");
        thread.start();
    }

    /** Opens an alert: transition version 1, {@code opened} by the system. */
    public ObjectNode open(String id, String region, String kind, String severity, Instant openedAt) {
        return open(id, region, kind, severity, openedAt, false);
    }

    public ObjectNode open(String id, String region, String kind, String severity, Instant openedAt, boolean replayed) {
        ObjectNode alert = MAPPER.createObjectNode();
        alert.put("id", id);
        alert.put("ruleId", id.substring(0, id.indexOf(':')));
        alert.put("kind", kind);
        alert.put("indicator", "aqi_hourly");
        alert.put("subjectType", "region");
        alert.put("subject", region);
        alert.put("region", region);
        alert.put("state", "open");
        alert.put("condition", "active");
        alert.put("severity", severity);
        alert.put("version", 0);
        alert.put("firstSeen", openedAt.toString());
        alert.put("openedAt", openedAt.toString());
        alert.put("lastSeen", openedAt.toString());
        alert.put("peak", new java.math.BigDecimal("212"));
        alert.put("current", new java.math.BigDecimal("187.5"));
        alert.putNull("assignee");
        alert.put("acceptOverdue", false);
        alert.put("resolveOverdue", false);
        alert.put("replayed", replayed);
        alert.put("detail", "AQI 212 from PM2.5 162 µg/m³");
        alert.putArray("audit");
        return transition(alert, "opened", "system", "AQI above 200", null, "open", openedAt);
    }

    /** A system transition (escalated, resolve_overdue, condition_cleared …) at the given time. */
    public synchronized ObjectNode system(String id, String action, String note, Instant at) {
        ObjectNode alert = alerts.get(id).deepCopy();
        String state = alert.path("state").asText();
        if (action.equals("escalated")) {
            alert.put("severity", "critical");
            alert.put("acceptOverdue", true);
        }
        if (action.equals("resolve_overdue")) {
            alert.put("resolveOverdue", true);
        }
        return transition(alert, action, "system", note, null, state, at);
    }

    private synchronized ObjectNode transition(ObjectNode alert, String action, String actor, String note,
                                               String commandId, String to, Instant at) {
        long version = alert.path("version").asLong() + 1;
        String from = alert.path("state").isNull() || alert.path("version").asLong() == 0 ? null : alert.path("state").asText();
        alert.put("version", version);
        alert.put("state", to);
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("version", version);
        entry.put("action", action);
        entry.put("actor", actor);
        entry.put("at", at.toString());
        entry.put("note", note == null ? "" : note);
        entry.put("from", from);
        entry.put("to", to);
        entry.put("severity", alert.path("severity").asText());
        ((ArrayNode) alert.get("audit")).add(entry);
        alerts.put(alert.path("id").asText(), alert);
        ObjectNode record = MAPPER.createObjectNode();
        record.put("type", "transition");
        record.put("commandId", commandId);
        record.set("transition", entry);
        record.set("alert", alert);
        write(alert.path("id").asText(), record);
        return alert;
    }

    private void answerCommands() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    JsonNode command = MAPPER.readTree(record.value());
                    commands.add(command);
                    if (!silent) {
                        answer(command);
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            consumer.close();
        }
    }

    private synchronized void answer(JsonNode command) {
        String id = command.path("alertId").asText();
        String commandId = command.path("commandId").asText();
        String action = command.path("action").asText();
        ObjectNode alert = alerts.get(id);
        if (alert == null) {
            reject(command, "unknown_alert", "no alert " + id, null);
            return;
        }
        long current = alert.path("version").asLong();
        if (command.path("expectedVersion").asLong() != current) {
            reject(command, "stale_version", "expected version " + command.path("expectedVersion").asLong()
                    + ", current version " + current, alert);
            return;
        }
        if (!ALLOWED_FROM.get(action).contains(alert.path("state").asText())) {
            reject(command, "invalid_transition", action + " is not allowed from " + alert.path("state").asText(), alert);
            return;
        }
        ObjectNode next = alert.deepCopy();
        String to = DONE.get(action);
        if (action.equals("assign")) {
            next.put("assignee", command.path("assignee").asText());
        }
        if (action.equals("close") && command.path("verified").isBoolean() && !command.path("verified").asBoolean()) {
            action = "reopen";
            to = "reopened";
        }
        transition(next, to, command.path("actor").asText(), command.path("note").asText(""), commandId, to, Instant.now());
    }

    private void reject(JsonNode command, String reason, String detail, ObjectNode alert) {
        ObjectNode record = MAPPER.createObjectNode();
        record.put("type", "rejection");
        record.put("commandId", command.path("commandId").asText());
        record.put("alertId", command.path("alertId").asText());
        record.put("reason", reason);
        record.put("detail", detail);
        record.set("alert", alert);
        write(command.path("alertId").asText(), record);
    }

    private void write(String key, ObjectNode record) {
        try {
            byte[] value = MAPPER.writeValueAsBytes(record);
            producer.send(new ProducerRecord<>(Topics.ALERTS, key, value)).get(30, TimeUnit.SECONDS);
            if (duplicating) {
                producer.send(new ProducerRecord<>(Topics.ALERTS, key, value)).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + Topics.ALERTS + ": " + e, e);
        }
    }

    /** Writes raw bytes to {@code city.alerts}, as a broken writer would. */
    public void writeRaw(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(Topics.ALERTS, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes every following record twice, as a job restarted from a checkpoint may. */
    public void duplicating(boolean on) {
        duplicating = on;
    }

    /** Reads commands but answers none, as a job that is down. */
    public void silent(boolean on) {
        silent = on;
    }

    public List<JsonNode> commands() {
        return List.copyOf(commands);
    }

    ObjectNode alert(String id) {
        return alerts.get(id);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
