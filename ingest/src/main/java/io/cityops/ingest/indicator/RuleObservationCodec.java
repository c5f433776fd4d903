package io.cityops.ingest.indicator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.ingest.reading.SensorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * JSON of {@link RuleObservation} on {@code city.indicators}, keyed by subject:
 * <pre>
 * {"type":"observation","indicator":"daily_budget_ratio","kind":"energy","subjectType":"entity",
 *  "subject":"ent-taiyuan-cement","region":"wbl-xiayuan","value":1.23,"at":"2026-11-28T16:00:00Z",
 *  "replayed":false,"detail":"312.4 tce used against a daily budget of 254.0 tce"}
 * </pre>
 */
public final class RuleObservationCodec {

    // Exact decimals: a threshold compared with 1.2300 must see 1.2300, not a binary approximation.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private RuleObservationCodec() {
    }

    public static byte[] encode(RuleObservation o) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", RuleObservation.TYPE);
        root.put("indicator", o.indicator());
        root.put("kind", o.kind().wireName());
        root.put("subjectType", o.subjectType());
        root.put("subject", o.subject());
        root.put("region", o.region());
        root.put("value", o.value());
        root.put("at", o.at().toString());
        root.put("replayed", o.replayed());
        root.put("detail", o.detail());
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The observation in a {@code city.indicators} record, or empty when the record is another
     * kind of indicator.
     *
     * @throws IllegalArgumentException when the record says it is an observation but is malformed
     */
    public static Optional<RuleObservation> decode(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !RuleObservation.TYPE.equals(root.path("type").asText())) {
            return Optional.empty();
        }
        SensorKind kind = SensorKind.fromWireName(root.path("kind").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + root.path("kind").asText() + "'"));
        JsonNode value = root.path("value");
        if (!value.isNumber()) {
            throw new IllegalArgumentException("value must be a number");
        }
        Instant at;
        try {
            at = Instant.parse(root.path("at").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at must be an ISO-8601 instant, was '" + root.path("at").asText() + "'", e);
        }
        return Optional.of(new RuleObservation(
                root.path("indicator").asText(null),
                kind,
                root.path("subjectType").asText(null),
                root.path("subject").asText(null),
                textOrNull(root.path("region")),
                value.decimalValue(),
                at,
                root.path("replayed").asBoolean(false),
                textOrNull(root.path("detail"))));
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
