package io.cityops.api.influx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a query result: the point's time plus its columns and the series' tags. Values are
 * {@link String}, {@link Long} (or {@link BigInteger}), {@link BigDecimal} or {@link Boolean}; a column
 * that is null in the row is simply absent, which is how InfluxDB reports a field the point lacks.
 */
public record InfluxRow(Instant time, Map<String, Object> values) {

    public InfluxRow {
        values = Collections.unmodifiableMap(values);
    }

    public Set<String> columns() {
        return values.keySet();
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    public Optional<String> string(String column) {
        return Optional.ofNullable(values.get(column)).map(Object::toString);
    }

    /** An integral value; a float column holding a whole number is accepted too. */
    public Optional<Long> integer(String column) {
        Object value = values.get(column);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Long l) {
            return Optional.of(l);
        }
        if (value instanceof BigInteger b) {
            return Optional.of(b.longValueExact());
        }
        if (value instanceof BigDecimal d) {
            return Optional.of(d.longValueExact());
        }
        throw new IllegalStateException("column " + column + " is not a number: " + value);
    }

    public Optional<BigDecimal> decimal(String column) {
        Object value = values.get(column);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (value instanceof Long l) {
            return Optional.of(BigDecimal.valueOf(l));
        }
        if (value instanceof BigInteger b) {
            return Optional.of(new BigDecimal(b));
        }
        throw new IllegalStateException("column " + column + " is not a number: " + value);
    }

    public Optional<Boolean> bool(String column) {
        Object value = values.get(column);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        throw new IllegalStateException("column " + column + " is not a boolean: " + value);
    }
}
