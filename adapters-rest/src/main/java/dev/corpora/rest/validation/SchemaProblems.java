package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the validator's findings into the contract's problems: the pydantic word and sentence for each
 * keyword, and the full location under {@code prefix} ({@code ["body"]}, {@code ["query", "status"]}).
 */
final class SchemaProblems {
    private final Function<String, JsonNode> schemaAt;

    /** @param schemaAt the spec's schema node at a JSON pointer, for what a keyword's neighbours say */
    SchemaProblems(Function<String, JsonNode> schemaAt) {
        this.schemaAt = schemaAt;
    }

    Problem of(Error error, List<Object> prefix) {
        List<Object> loc = new ArrayList<>(prefix);
        NodePath at = error.getInstanceLocation();
        for (int i = 0; i < at.getNameCount(); i++) {
            loc.add(at.getElement(i));
        }
        JsonNode value = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> {
                loc.add(error.getProperty());
                yield new Problem(loc, "missing", "Field required");
            }
            case "type" -> typeProblem(loc, value.asText(), error);
            case "enum" -> new Problem(loc, "enum", "Input should be " + alternatives(value));
            case "pattern" -> new Problem(loc, "string_pattern_mismatch",
                    "String should match pattern '" + value.asText() + "'");
            case "minLength" -> new Problem(loc, "string_too_short",
                    "String should have at least " + plural(value.asInt(), "character"));
            case "maxLength" -> new Problem(loc, "string_too_long",
                    "String should have at most " + plural(value.asInt(), "character"));
            case "minItems" -> new Problem(loc, "too_short",
                    "List should have at least " + plural(value.asInt(), "item") + " after validation");
            case "maxItems" -> new Problem(loc, "too_long",
                    "List should have at most " + plural(value.asInt(), "item") + " after validation");
            case "minimum" -> bound(loc, value, error, "greater_than", "greater_than_equal", "exclusiveMinimum");
            case "maximum" -> bound(loc, value, error, "less_than", "less_than_equal", "exclusiveMaximum");
            case "format" -> formatProblem(loc, value.asText());
            case "additionalProperties" -> {
                loc.add(error.getProperty());
                yield new Problem(loc, "extra_forbidden", "Extra inputs are not permitted");
            }
            default -> new Problem(loc, "value_error", "Value error, " + error.getMessage());
        };
    }

    private Problem typeProblem(List<Object> loc, String expected, Error error) {
        String format = sibling(error).path("format").asText("");
        if ("string".equals(expected) && !format.isEmpty()) {
            return formatProblem(loc, format);
        }
        return switch (expected) {
            case "string" -> new Problem(loc, "string_type", "Input should be a valid string");
            case "boolean" -> new Problem(loc, "bool_parsing", "Input should be a valid boolean");
            case "integer" -> new Problem(loc, "int_parsing", "Input should be a valid integer");
            case "number" -> new Problem(loc, "float_parsing", "Input should be a valid number");
            case "array" -> new Problem(loc, "list_type", "Input should be a valid list");
            case "object" -> sibling(error).has("properties")
                    ? new Problem(loc, "model_attributes_type",
                            "Input should be a valid dictionary or object to extract fields from")
                    : new Problem(loc, "dict_type", "Input should be a valid dictionary");
            default -> new Problem(loc, "value_error", "Value error, " + error.getMessage());
        };
    }

    private static Problem formatProblem(List<Object> loc, String format) {
        return switch (format) {
            case "uuid" -> new Problem(loc, "uuid_parsing", "Input should be a valid UUID");
            case ContractFormats.DATE_TIME -> new Problem(loc, "datetime_parsing",
                    "Input should be a valid RFC 3339 datetime with a year from 1 to 9999");
            case ContractFormats.INT32, ContractFormats.INT64 -> new Problem(loc, "int_parsing",
                    "Input should be a valid integer, unable to parse input as an " + format);
            case ContractFormats.DOUBLE -> new Problem(loc, "finite_number", "Input should be a finite number");
            default -> new Problem(loc, "value_error", "Value error, not a valid " + format);
        };
    }

    private Problem bound(List<Object> loc, JsonNode limit, Error error, String exclusiveType, String inclusiveType,
                          String exclusiveKeyword) {
        boolean exclusive = sibling(error).path(exclusiveKeyword).asBoolean(false);
        String relation = switch (exclusive ? exclusiveType : inclusiveType) {
            case "greater_than" -> "greater than";
            case "greater_than_equal" -> "greater than or equal to";
            case "less_than" -> "less than";
            default -> "less than or equal to";
        };
        return new Problem(loc, exclusive ? exclusiveType : inclusiveType,
                "Input should be " + relation + " " + number(limit));
    }

    /** The schema that holds the keyword that failed. */
    private JsonNode sibling(Error error) {
        NodePath keyword = error.getSchemaLocation().getFragment();
        return schemaAt.apply(keyword.getParent().toString());
    }

    private static String alternatives(JsonNode values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add("'" + v.asText() + "'"));
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String number(JsonNode limit) {
        return limit.isIntegralNumber() ? limit.asText() : new BigDecimal(limit.asText()).stripTrailingZeros()
                .toPlainString();
    }
}
