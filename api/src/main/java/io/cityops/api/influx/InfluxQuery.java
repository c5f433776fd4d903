package io.cityops.api.influx;

import java.util.Map;
import java.util.Objects;

/**
 * An InfluxQL statement with its bound parameters. Anything that came from a request goes into
 * {@code params} and is referred to as {@code $name} in the statement; only constants are ever
 * written into the statement text itself.
 */
public record InfluxQuery(String statement, Map<String, Object> params) {

    public InfluxQuery {
        Objects.requireNonNull(statement, "statement");
        params = Map.copyOf(params);
    }

    public static InfluxQuery of(String statement) {
        return new InfluxQuery(statement, Map.of());
    }
}
