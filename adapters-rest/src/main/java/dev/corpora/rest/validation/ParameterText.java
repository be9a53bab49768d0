package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Reads a path, query or header value, which is always text, as the JSON value its schema's type asks for, so
 * the schema can check it like a body value. Text that cannot be that type is a problem of its own.
 */
final class ParameterText {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,40}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParameterText() {
    }

    /** The value, or the reason it is not of its type. */
    sealed interface Read permits Value, NotOfType {
    }

    record Value(JsonNode node) implements Read {
    }

    record NotOfType(String type, String msg) implements Read {
    }

    static Read read(String text, JsonNode shape) {
        return switch (shape.path("type").asText("string")) {
            case "integer" -> INTEGER.matcher(text).matches()
                    ? new Value(NODES.numberNode(new BigInteger(text)))
                    : new NotOfType("int_parsing",
                            "Input should be a valid integer, unable to parse string as an integer");
            case "number" -> NUMBER.matcher(text).matches()
                    ? new Value(NODES.numberNode(new BigDecimal(text)))
                    : new NotOfType("float_parsing",
                            "Input should be a valid number, unable to parse string as a number");
            case "boolean" -> QueryBooleans.parse(text).<Read>map(b -> new Value(NODES.booleanNode(b)))
                    .orElseGet(() -> new NotOfType("bool_parsing",
                            "Input should be a valid boolean, unable to interpret input"));
            default -> new Value(NODES.textNode(text));
        };
    }
}
