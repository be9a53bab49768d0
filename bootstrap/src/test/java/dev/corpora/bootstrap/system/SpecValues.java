package dev.corpora.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values drawn from a spec schema: valid ones, and wrong ones that each break one rule the schema states, with
 * where the problem is ({@code relativeLoc}: empty for the value itself, an index for a list item).
 */
final class SpecValues {
    private static final String PATTERN_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

    private SpecValues() {
    }

    /** A wrong value and where, below the value's own place, the service must say the problem is. */
    record Wrong(Object value, List<Object> relativeLoc, String rule) {
        static Wrong here(Object value, String rule) {
            return new Wrong(value, List.of(), rule);
        }
    }

    /** Any value the schema allows. */
    static Object valid(JsonNode schema, Pick pick) {
        if (schema.path("nullable").asBoolean(false) && pick.percent(15)) {
            return null;
        }
        if (schema.has("enum")) {
            return pick.oneOf(words(schema.get("enum")));
        }
        return switch (schema.path("type").asText()) {
            case "boolean" -> pick.percent(50);
            case "integer" -> pick.between(schema.path("minimum").asInt(0), schema.path("maximum").asInt(100_000));
            case "number" -> number(schema, pick);
            case "array" -> {
                int size = pick.between(schema.path("minItems").asInt(0),
                        Math.min(schema.path("maxItems").asInt(4), 4));
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(valid(SpecShapes.follow(schema.path("items")), pick));
                }
                yield items;
            }
            case "object" -> new LinkedHashMap<>();
            default -> text(schema, pick);
        };
    }

    /** Text the schema allows: its format, pattern and lengths. */
    static String text(JsonNode schema, Pick pick) {
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.nameUUIDFromBytes(Long.toString(pick.between(0L, 1L << 40)).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)).toString();
        }
        int max = Math.min(schema.path("maxLength").asInt(40), 40);
        return schema.has("pattern")
                ? pick.text(PATTERN_CHARACTERS, Math.max(1, schema.path("minLength").asInt(1)), max)
                : pick.anyText(schema.path("minLength").asInt(0), max);
    }

    private static double number(JsonNode schema, Pick pick) {
        double min = schema.path("minimum").asDouble(0);
        double max = schema.path("maximum").asDouble(1000);
        long steps = 1_000_000;
        return Math.min(max, Math.max(min, min + (max - min) * pick.between(0L, steps) / steps));
    }

    /** A value that breaks one of the schema's rules. */
    static Wrong wrong(JsonNode schema, Pick pick) {
        List<Wrong> choices = new ArrayList<>();
        String type = schema.has("enum") ? "string" : schema.path("type").asText();
        if (!schema.path("nullable").asBoolean(false)) {
            choices.add(Wrong.here(null, "not nullable"));
        }
        switch (type) {
            case "string" -> {
                choices.addAll(List.of(Wrong.here(7, "type"), Wrong.here(true, "type"),
                        Wrong.here(List.of("x"), "type"), Wrong.here("a\u0000b", "NUL"),
                        Wrong.here("a\ud800b", "lone surrogate")));
                if (schema.has("maxLength")) {
                    choices.add(Wrong.here("x".repeat(schema.get("maxLength").asInt() + 1), "maxLength"));
                }
                if (schema.path("minLength").asInt(0) > 0) {
                    choices.add(Wrong.here("", "minLength"));
                }
                if (schema.has("pattern")) {
                    choices.addAll(List.of(Wrong.here("a b", "pattern"), Wrong.here("a-b", "pattern")));
                }
                if (schema.has("enum")) {
                    choices.add(Wrong.here("not_one_of_them", "enum"));
                }
                if (schema.has("format")) {
                    choices.add(Wrong.here("not-a-" + schema.get("format").asText(), "format"));
                }
            }
            case "boolean" -> choices.addAll(List.of(Wrong.here("maybe", "type"), Wrong.here(1, "type"),
                    Wrong.here("true", "type")));
            case "number", "integer" -> {
                choices.addAll(List.of(Wrong.here("fast", "type"), Wrong.here(false, "type")));
                if (schema.has("minimum")) {
                    choices.add(Wrong.here(schema.get("minimum").asDouble() - 1, "minimum"));
                }
                if (schema.has("maximum")) {
                    choices.add(Wrong.here(schema.get("maximum").asDouble() + 1, "maximum"));
                }
                if ("integer".equals(type)) {
                    choices.addAll(List.of(Wrong.here(1.5, "type"), Wrong.here(99_999_999_999L, "int32")));
                }
            }
            case "array" -> {
                choices.addAll(List.of(Wrong.here("x", "type"), Wrong.here(Map.of(), "type")));
                choices.add(wrongItem(SpecShapes.follow(schema.path("items")), pick));
                if (schema.path("minItems").asInt(0) > 0) {
                    choices.add(Wrong.here(List.of(), "minItems"));
                }
                if (schema.has("maxItems")) {
                    List<Object> many = new ArrayList<>();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add("f" + i);
                    }
                    choices.add(Wrong.here(many, "maxItems"));
                }
            }
            case "object" -> choices.addAll(List.of(Wrong.here(5, "type"), Wrong.here("{}", "type"),
                    Wrong.here(List.of(), "type")));
            default -> throw new IllegalArgumentException("no wrong values for " + schema);
        }
        return pick.oneOf(choices);
    }

    /** A list whose item at some index breaks the items' rule, after valid items. */
    private static Wrong wrongItem(JsonNode items, Pick pick) {
        Wrong item;
        do {
            item = wrong(items, pick);
        } while (!item.relativeLoc().isEmpty());
        int at = pick.between(0, 3);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < at; i++) {
            list.add(items.has("enum") ? items.get("enum").get(0).asText() : "item" + i);
        }
        list.add(item.value());
        return new Wrong(list, List.of(at), "item " + item.rule());
    }

    static List<String> words(JsonNode values) {
        List<String> words = new ArrayList<>();
        values.forEach(value -> words.add(value.asText()));
        return words;
    }
}
