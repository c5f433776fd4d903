package io.cityops.jobs.influx;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A point as InfluxDB stores it. Identity = measurement + tags + time (to the millisecond), so
 * rewriting the same identity replaces the fields: a replay after recovery overwrites instead of
 * duplicating.
 *
 * <p>Field values may be {@link Long}, {@link Integer}, {@link Short} or {@link Byte} (written as
 * integers, {@code 5i}), {@link Double}, {@link Float} or {@link BigDecimal} (floats; NaN and
 * infinities are refused because InfluxDB refuses them), {@link Boolean} or {@link String}. Null
 * field values are skipped, so an optional field can be passed as it is; at least one field must
 * remain. Tag values must be non-empty (InfluxDB has no empty tag; leave the tag out instead).
 * Newlines are refused everywhere because line protocol cannot carry them.
 *
 * <p>The maps are copied and unmodifiable. Build points in the sink's {@link InfluxPointConverter}
 * rather than sending them between operators: their maps would need Kryo.
 */
public record InfluxPoint(String measurement, SortedMap<String, String> tags, Map<String, Object> fields, Instant time)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public InfluxPoint {
        requireName(measurement, "measurement");
        Objects.requireNonNull(time, () -> "time of a point in measurement " + measurement);
        tags = copyTags(measurement, tags);
        fields = copyFields(measurement, fields);
    }

    public static Builder builder(String measurement, Instant time) {
        return new Builder(measurement, time);
    }

    /**
     * The point as one line of InfluxDB line protocol, without the trailing newline, with the
     * timestamp in epoch milliseconds (write it with {@code precision=ms}).
     */
    public String toLineProtocol() {
        StringBuilder line = new StringBuilder(64 + 24 * (tags.size() + fields.size()));
        appendLineProtocol(line);
        return line.toString();
    }

    /** Appends {@link #toLineProtocol()} to a batch buffer without an intermediate string. */
    void appendLineProtocol(StringBuilder line) {
        LineProtocol.appendMeasurement(line, measurement);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            line.append(',');
            LineProtocol.appendKeyOrTagValue(line, tag.getKey());
            line.append('=');
            LineProtocol.appendKeyOrTagValue(line, tag.getValue());
        }
        char separator = ' ';
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            line.append(separator);
            separator = ',';
            LineProtocol.appendKeyOrTagValue(line, field.getKey());
            line.append('=');
            LineProtocol.appendFieldValue(line, field.getValue());
        }
        line.append(' ').append(time.toEpochMilli());
    }

    private static SortedMap<String, String> copyTags(String measurement, SortedMap<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Collections.emptySortedMap();
        }
        // A TreeMap in natural order whatever the caller's comparator: InfluxDB sorts tags by key
        // and the identity must not depend on how the caller built the map.
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            String key = tag.getKey();
            requireName(key, "tag key in measurement " + measurement);
            String value = tag.getValue();
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("tag " + key + " of measurement " + measurement
                        + " has no value; InfluxDB has no empty tags, leave the tag out instead");
            }
            requireNoNewline(value, "value of tag " + key + " in measurement " + measurement);
            copy.put(key, value);
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static Map<String, Object> copyFields(String measurement, Map<String, Object> fields) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        if (fields != null) {
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                String key = field.getKey();
                requireName(key, "field key in measurement " + measurement);
                Object value = field.getValue();
                if (value != null) {
                    copy.put(key, checkedFieldValue(measurement, key, value));
                }
            }
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a point of measurement " + measurement
                    + " needs at least one field with a value");
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object checkedFieldValue(String measurement, String key, Object value) {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw new IllegalArgumentException("field " + key + " of measurement " + measurement + " is " + value
                    + "; InfluxDB stores only finite floats");
        }
        if (value instanceof String s) {
            requireNoNewline(s, "string field " + key + " of measurement " + measurement);
            return value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("field " + key + " of measurement " + measurement + " has type "
                + value.getClass().getName()
                + "; use Long/Integer (integer), Double/BigDecimal (float), Boolean or String");
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("empty " + what);
        }
        requireNoNewline(name, what + " '" + name + "'");
    }

    private static void requireNoNewline(String text, String what) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " contains a line break, which line protocol cannot carry");
        }
    }

    /** Collects tags and fields in call order; {@link #build()} validates. */
    public static final class Builder {

        private final String measurement;
        private final Instant time;
        private final TreeMap<String, String> tags = new TreeMap<>();
        private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();

        private Builder(String measurement, Instant time) {
            this.measurement = measurement;
            this.time = time;
        }

        public Builder tag(String key, String value) {
            tags.put(Objects.requireNonNull(key, "tag key"), value);
            return this;
        }

        /** Adds a field; a null value is skipped so optional values need no branch at the call site. */
        public Builder field(String key, Object value) {
            fields.put(Objects.requireNonNull(key, "field key"), value);
            return this;
        }

        public InfluxPoint build() {
            return new InfluxPoint(measurement, tags, fields, time);
        }
    }
}
