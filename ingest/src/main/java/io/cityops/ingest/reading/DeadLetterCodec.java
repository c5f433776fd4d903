package io.cityops.ingest.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * JSON of {@link DeadLetter} on {@code city.readings.invalid}:
 * {@code {"reason":…,"detail":…,"sensorId":…,"payload":"…","rejectedAt":"2026-11-28T08:00:00Z","stage":…}}.
 * {@code sensorId} is written as null when unknown.
 */
public final class DeadLetterCodec {

    private DeadLetterCodec() {
    }

    public static byte[] encode(DeadLetter letter) {
        ObjectNode root = ReadingCodec.MAPPER.createObjectNode();
        root.put("reason", letter.reason());
        root.put("detail", letter.detail());
        root.put("sensorId", letter.sensorId());
        root.put("payload", letter.payload());
        root.put("rejectedAt", letter.rejectedAt().toString());
        root.put("stage", letter.stage());
        try {
            return ReadingCodec.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write dead letter", e);
        }
    }

    /** @throws IllegalArgumentException when the bytes are not a dead letter */
    public static DeadLetter decode(byte[] json) {
        JsonNode root;
        try {
            root = ReadingCodec.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("dead letter is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("dead letter is not a JSON object: "
                    + new String(json, StandardCharsets.UTF_8));
        }
        try {
            return new DeadLetter(text(root, "reason"), text(root, "detail"), optionalText(root, "sensorId"),
                    text(root, "payload"), Instant.parse(text(root, "rejectedAt")), text(root, "stage"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dead letter rejectedAt is not an ISO-8601 instant: " + root.get("rejectedAt"), e);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("dead letter field " + field + " is missing or not text: " + root);
        }
        return node.asText();
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : text(root, field);
    }
}
