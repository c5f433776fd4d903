package io.cityops.jobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of an InfluxDB 1.x query answer as column → value maps (all series of the first statement). */
public final class InfluxRows {

    private InfluxRows() {
    }

    public static List<Map<String, JsonNode>> of(JsonNode answer) {
        List<Map<String, JsonNode>> rows = new ArrayList<>();
        for (JsonNode series : answer.path("results").path(0).path("series")) {
            List<String> columns = new ArrayList<>();
            series.path("columns").forEach(c -> columns.add(c.asText()));
            for (JsonNode values : series.path("values")) {
                Map<String, JsonNode> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), values.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
