package dev.corpora.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The request shapes of {@code openapi.yml}, the spec the service ships, for tests that generate requests from
 * it: a request schema's properties and the listing's query parameters, with references followed.
 */
final class SpecShapes {
    static final JsonNode SPEC = read();

    private SpecShapes() {
    }

    /** The schema of {@code components/schemas/NAME}'s property, references followed. */
    static JsonNode property(String schema, String property) {
        return follow(SPEC.at("/components/schemas/" + schema + "/properties/" + property));
    }

    static List<String> properties(String schema) {
        List<String> names = new ArrayList<>();
        SPEC.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> required(String schema) {
        List<String> names = new ArrayList<>();
        SPEC.at("/components/schemas/" + schema + "/required").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** The listing's query parameters: name and schema, references followed. */
    static List<Parameter> listingParameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : SPEC.at("/paths/~1api~1v1~1datasets/get/parameters")) {
            JsonNode declared = follow(parameter);
            parameters.add(new Parameter(declared.path("name").asText(), follow(declared.path("schema"))));
        }
        return parameters;
    }

    record Parameter(String name, JsonNode schema) {
        boolean isArray() {
            return "array".equals(schema.path("type").asText());
        }

        JsonNode items() {
            return follow(schema.path("items"));
        }
    }

    /** A schema with {@code $ref} and a one-item {@code allOf} followed, keeping {@code nullable} from the way. */
    static JsonNode follow(JsonNode schema) {
        JsonNode current = schema;
        boolean nullable = schema.path("nullable").asBoolean(false);
        for (int hop = 0; hop < 10; hop++) {
            if (current.has("$ref")) {
                current = SPEC.at(current.get("$ref").asText().substring(1));
            } else if (!current.has("type") && current.path("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                break;
            }
        }
        if (nullable && !current.path("nullable").asBoolean(false)) {
            current = ((com.fasterxml.jackson.databind.node.ObjectNode) current.deepCopy()).put("nullable", true);
        }
        return current;
    }

    private static JsonNode read() {
        try (InputStream in = SpecShapes.class.getClassLoader().getResourceAsStream("openapi.yml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yml is not on the test classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
