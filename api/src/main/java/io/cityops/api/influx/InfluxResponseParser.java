package io.cityops.api.influx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON of {@code /query?epoch=ms} into an {@link InfluxResult}. Floats are read as
 * {@link java.math.BigDecimal} so a concentration of 4.05 stays 4.05 on its way to the client.
 */
final class InfluxResponseParser {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private InfluxResponseParser() {
    }

    /**
     * Parses the answer to a single statement.
     *
     * @throws InfluxQueryException when InfluxDB reports an error other than a missing database
     */
    static InfluxResult parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InfluxQueryException("InfluxDB answered with malformed JSON: " + e.getOriginalMessage());
        }
        if (root.hasNonNull("error")) {
            throw new InfluxQueryException("InfluxDB rejected the query: " + root.get("error").asText());
        }
        JsonNode results = root.path("results");
        if (!results.isArray() || results.isEmpty()) {
            return InfluxResult.empty();
        }
        JsonNode result = results.get(0);
        if (result.hasNonNull("error")) {
            String error = result.get("error").asText();
            // The jobs create the database on their first write; until then there is simply no data.
            if (error.startsWith("database not found")) {
                return InfluxResult.empty();
            }
            throw new InfluxQueryException("InfluxDB rejected the query: " + error);
        }
        List<InfluxSeries> series = new ArrayList<>();
        for (JsonNode node : result.path("series")) {
            series.add(series(node));
        }
        return new InfluxResult(series);
    }

    private static InfluxSeries series(JsonNode node) {
        Map<String, String> tags = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> tagNodes = node.path("tags").fields();
        while (tagNodes.hasNext()) {
            Map.Entry<String, JsonNode> tag = tagNodes.next();
            tags.put(tag.getKey(), tag.getValue().asText());
        }
        List<String> columns = new ArrayList<>();
        node.path("columns").forEach(c -> columns.add(c.asText()));
        int timeIndex = columns.indexOf("time");
        List<InfluxRow> rows = new ArrayList<>();
        for (JsonNode valuesNode : node.path("values")) {
            Map<String, Object> values = new LinkedHashMap<>();
            Instant time = null;
            for (int i = 0; i < columns.size(); i++) {
                JsonNode value = valuesNode.get(i);
                if (i == timeIndex) {
                    time = value == null || value.isNull() ? null : Instant.ofEpochMilli(value.asLong());
                } else {
                    Object converted = value(value);
                    if (converted != null) {
                        values.put(columns.get(i), converted);
                    }
                }
            }
            rows.add(new InfluxRow(time, values));
        }
        return new InfluxSeries(node.path("name").asText(), tags, rows);
    }

    private static Object value(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.asText();
    }
}
