package io.cityops.ingest.reading;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON wire format of a reading (see the architecture page):
 * {@code {"sensorId":"aq-wbl-0001","kind":"air","ts":"2026-11-28T08:00:00Z","seq":42,"values":{"pm25":80.5}}}.
 *
 * <p>{@link #decode(byte[])} checks only the format (well-formed UTF-8 JSON object, the required
 * fields, a known kind, a readable timestamp, finite numeric values); whether the reading is
 * plausible (known sensor, not in the future, possible values) is {@link ReadingValidator}'s job.
 * Bad input comes back as a {@link ParseResult.Rejected} value, never as an exception, so one
 * poison message cannot stop a consumer.
 */
public final class ReadingCodec {

    public static final String SENSOR_ID = "sensorId";
    public static final String KIND = "kind";
    public static final String TS = "ts";
    public static final String SEQ = "seq";
    public static final String VALUES = "values";

    /**
     * Earliest event time accepted. A sensor whose clock was reset reports 1970; a timestamp sent in
     * epoch seconds instead of milliseconds also lands in January 1970.
     */
    public static final Instant EARLIEST_TS = Instant.parse("2000-01-01T00:00:00Z");

    /**
     * One mapper for the module. It accepts the literals {@code NaN} and {@code Infinity} so that
     * they are rejected with their own reason instead of as malformed JSON, and refuses duplicate
     * keys and trailing content, which would otherwise make the payload ambiguous.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ReadingCodec() {
    }

    /** The reading as UTF-8 JSON; {@code seq} is left out when null. */
    public static byte[] encode(Reading reading) {
        return encodeToString(reading).getBytes(StandardCharsets.UTF_8);
    }

    public static String encodeToString(Reading reading) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(SENSOR_ID, reading.sensorId());
        root.put(KIND, reading.kind().wireName());
        root.put(TS, reading.ts().toString());
        if (reading.seq() != null) {
            root.put(SEQ, reading.seq());
        }
        ObjectNode values = root.putObject(VALUES);
        orderedKeys(reading).forEach(key -> values.put(key, reading.values().get(key)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write reading of " + reading.sensorId(), e);
        }
    }

    /**
     * Decodes the wire format. Unknown top-level fields are ignored. Values are checked for type and
     * finiteness only; their keys and ranges are checked by {@link ReadingValidator}.
     */
    public static ParseResult decode(byte[] payload) {
        String text = payloadText(payload);
        try {
            return new ParseResult.Accepted(read(payload));
        } catch (Reject r) {
            return new ParseResult.Rejected(text, r.reason, r.getMessage(), r.sensorId);
        }
    }

    /**
     * Decodes a payload that is expected to be valid (for instance read back from
     * {@code city.readings} after validation).
     *
     * @throws IllegalArgumentException naming the reason when it is not a well-formed reading
     */
    public static Reading decodeOrThrow(byte[] payload) {
        ParseResult result = decode(payload);
        if (result instanceof ParseResult.Rejected rejected) {
            throw new IllegalArgumentException(rejected.reason().code() + ": " + rejected.detail());
        }
        return ((ParseResult.Accepted) result).reading();
    }

    /** The payload as text, malformed UTF-8 sequences replaced, for dead letters and logs. */
    public static String payloadText(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** Parses a timestamp as on the wire: ISO-8601 text with an offset, or epoch milliseconds. */
    public static Instant parseTimestamp(JsonNode node) {
        Instant ts;
        if (node.isTextual()) {
            try {
                ts = OffsetDateTime.parse(node.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw new DateTimeException("ts " + node + " is not ISO-8601 with an offset (e.g. 2026-11-28T08:00:00Z)"
                        + " nor epoch milliseconds");
            }
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            try {
                ts = Instant.ofEpochMilli(node.longValue());
            } catch (DateTimeException e) {
                throw new DateTimeException("ts " + node + " is out of range as epoch milliseconds");
            }
        } else if (node.isNumber()) {
            throw new DateTimeException("ts " + node + " is not a whole number of epoch milliseconds");
        } else {
            throw new DateTimeException("ts must be ISO-8601 text or epoch milliseconds, got " + describe(node));
        }
        if (ts.isBefore(EARLIEST_TS)) {
            throw new DateTimeException("ts " + node + " is " + ts + ", before " + EARLIEST_TS
                    + " (a reset sensor clock, or epoch seconds sent as milliseconds?)");
        }
        return ts;
    }

    private static Reading read(byte[] payload) throws Reject {
        if (payload.length == 0) {
            throw new Reject(RejectReason.MALFORMED_JSON, "payload is empty", null);
        }
        String text = strictUtf8(payload);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new Reject(RejectReason.MALFORMED_JSON, "not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (root == null || !root.isObject()) {
            throw new Reject(RejectReason.MALFORMED_JSON, "expected a JSON object, got " + describe(root), null);
        }
        String sensorId = sensorId(root);
        JsonNode kindNode = required(root, KIND, sensorId);
        JsonNode tsNode = required(root, TS, sensorId);
        JsonNode valuesNode = required(root, VALUES, sensorId);

        if (!kindNode.isTextual()) {
            throw new Reject(RejectReason.MALFORMED_JSON, "kind must be a string, got " + describe(kindNode), sensorId);
        }
        SensorKind kind = SensorKind.fromWireName(kindNode.asText()).orElseThrow(() -> new Reject(
                RejectReason.UNKNOWN_KIND, "kind \"" + kindNode.asText() + "\" is not one of air, energy, network", sensorId));
        Instant ts;
        try {
            ts = parseTimestamp(tsNode);
        } catch (DateTimeException e) {
            throw new Reject(RejectReason.BAD_TIMESTAMP, e.getMessage(), sensorId);
        }
        Long seq = seq(root.get(SEQ), sensorId);
        Map<String, Double> values = values(valuesNode, sensorId);
        return new Reading(sensorId, kind, ts, seq, values);
    }

    private static String strictUtf8(byte[] payload) throws Reject {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new Reject(RejectReason.MALFORMED_JSON, "payload is not valid UTF-8 (near byte " + in.position() + ")", null);
        }
    }

    private static String sensorId(JsonNode root) throws Reject {
        JsonNode node = required(root, SENSOR_ID, null);
        if (!node.isTextual()) {
            throw new Reject(RejectReason.MALFORMED_JSON, "sensorId must be a string, got " + describe(node), null);
        }
        String id = node.asText();
        if (id.isBlank()) {
            throw new Reject(RejectReason.MISSING_FIELD, "sensorId is empty", null);
        }
        return id;
    }

    private static JsonNode required(JsonNode root, String field, String sensorId) throws Reject {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new Reject(RejectReason.MISSING_FIELD, "required field " + field + " is missing"
                    + (node == null ? "" : " (null)"), sensorId);
        }
        return node;
    }

    private static Long seq(JsonNode node, String sensorId) throws Reject {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
            return node.longValue();
        }
        throw new Reject(RejectReason.MALFORMED_JSON, "seq must be a non-negative whole number, got " + describe(node), sensorId);
    }

    private static Map<String, Double> values(JsonNode node, String sensorId) throws Reject {
        if (!node.isObject()) {
            throw new Reject(RejectReason.MALFORMED_JSON, "values must be an object of key to number, got " + describe(node), sensorId);
        }
        if (node.isEmpty()) {
            throw new Reject(RejectReason.MISSING_VALUE, "values is empty", sensorId);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                throw new Reject(RejectReason.MISSING_VALUE, "value " + key + " is null", sensorId);
            }
            if (!value.isNumber()) {
                throw new Reject(RejectReason.NON_NUMERIC_VALUE, "value " + key + " is not a number: " + describe(value), sensorId);
            }
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                throw new Reject(RejectReason.NOT_FINITE, "value " + key + " is not a finite number: " + value, sensorId);
            }
            values.put(key, d);
        }
        return values;
    }

    private static List<String> orderedKeys(Reading reading) {
        List<String> known = ValueLimits.keys(reading.kind());
        List<String> keys = new ArrayList<>(reading.values().keySet());
        keys.sort(Comparator.<String>comparingInt(k -> known.contains(k) ? known.indexOf(k) : known.size())
                .thenComparing(Comparator.naturalOrder()));
        return keys;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        JsonNodeType type = node.getNodeType();
        String text = node.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return switch (type) {
            case STRING -> "the string " + text;
            case BOOLEAN -> "the boolean " + text;
            case OBJECT -> "an object " + text;
            case ARRAY -> "an array " + text;
            case NULL -> "null";
            default -> text;
        };
    }

    /** Internal signal carrying a rejection up to {@link #decode}; never leaves this class. */
    private static final class Reject extends Exception {
        private final RejectReason reason;
        private final String sensorId;

        Reject(RejectReason reason, String detail, String sensorId) {
            super(detail, null, false, false);
            this.reason = reason;
            this.sensorId = sensorId;
        }
    }
}
