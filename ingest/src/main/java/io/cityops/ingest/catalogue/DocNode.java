package io.cityops.ingest.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of the parsed catalogue document that knows where it is, so that every complaint names the
 * file and the path (for instance {@code sensors[12].region}).
 */
final class DocNode {

    private final JsonNode node;
    private final String path;
    private final String source;

    private DocNode(JsonNode node, String path, String source) {
        this.node = node;
        this.path = path;
        this.source = source;
    }

    static DocNode root(JsonNode node, String source) {
        return new DocNode(node, "", source);
    }

    String path() {
        return path;
    }

    CatalogueException error(String problem) {
        return new CatalogueException(source, path, problem);
    }

    CatalogueException error(String field, String problem) {
        return new CatalogueException(source, child(field), problem);
    }

    /** Requires a mapping whose keys are all among {@code allowed}. */
    DocNode mapping(Set<String> allowed) {
        if (!node.isObject()) {
            throw error("expected a mapping, got " + kindOf(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(name, "unknown key '" + name + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    Optional<DocNode> optional(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new DocNode(value, child(field), source));
    }

    DocNode required(String field) {
        return optional(field).orElseThrow(() -> error(field, "required key '" + field + "' is missing"));
    }

    String text() {
        if (!node.isTextual()) {
            throw error("expected text, got " + kindOf(node));
        }
        if (node.asText().isBlank()) {
            throw error("must not be empty");
        }
        return node.asText();
    }

    double number() {
        if (!node.isNumber()) {
            throw error("expected a number, got " + kindOf(node));
        }
        return node.doubleValue();
    }

    long integer() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw error("expected a whole number, got " + kindOf(node));
        }
        return node.longValue();
    }

    /** Exact decimal of a number, as written (0.95 stays 0.95, not its binary neighbour). */
    java.math.BigDecimal decimal() {
        if (!node.isNumber()) {
            throw error("expected a number, got " + kindOf(node));
        }
        return node.isIntegralNumber() ? new java.math.BigDecimal(node.bigIntegerValue())
                : new java.math.BigDecimal(node.asText());
    }

    /** The keys of a mapping, in document order. */
    List<String> keys() {
        if (!node.isObject()) {
            throw error("expected a mapping, got " + kindOf(node));
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    List<DocNode> list() {
        if (!node.isArray()) {
            throw error("expected a list, got " + kindOf(node));
        }
        List<DocNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new DocNode(node.get(i), path + "[" + i + "]", source));
        }
        return items;
    }

    /** Parses an enum constant by its exact name, listing the allowed names when it is not one. */
    <E extends Enum<E>> E enumValue(Class<E> type) {
        String text = text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw error("'" + text + "' is not one of " + String.join(", ", names));
    }

    private String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String kindOf(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "the text '" + node.asText() + "'";
        }
        return node.getNodeType().name().toLowerCase() + " " + node;
    }
}
