package io.cityops.jobs.influx;

import java.math.BigDecimal;

/**
 * Escaping and value formatting of InfluxDB line protocol, per the reference's "special
 * characters" rules: measurements escape commas and spaces; tag keys, tag values and field keys
 * escape commas, equals signs and spaces; string field values escape double quotes and
 * backslashes. Nothing else is escaped (a backslash in a tag is taken literally by InfluxDB).
 */
final class LineProtocol {

    private LineProtocol() {
    }

    static void appendMeasurement(StringBuilder out, String measurement) {
        for (int i = 0; i < measurement.length(); i++) {
            char c = measurement.charAt(i);
            if (c == ',' || c == ' ') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    static void appendKeyOrTagValue(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '=' || c == ' ') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    static void appendFieldValue(StringBuilder out, Object value) {
        if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue()).append('i');
        } else if (value instanceof Double d) {
            // Double.toString may use scientific notation (1.0E10); InfluxDB parses it as a float.
            out.append(d.doubleValue());
        } else if (value instanceof Float f) {
            // Float.toString keeps 0.1f as 0.1 instead of widening it to 0.10000000149011612.
            out.append(f.floatValue());
        } else if (value instanceof BigDecimal b) {
            out.append(b.toString());
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue() ? "true" : "false");
        } else {
            throw new IllegalArgumentException("no line protocol form for " + value.getClass().getName());
        }
    }
}
