package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.util.List;

/** One operation of the spec: its parameters and its JSON body, each with its compiled schema. */
record Operation(String id, String method, PathTemplate path, List<Parameter> parameters, Body body) {

    /**
     * A declared parameter. {@code shape} is its schema with references followed, and {@code itemShape} its items'
     * for an array, for reading the text it arrives as; {@code schema} checks the value read.
     */
    record Parameter(String name, Location in, boolean required, JsonNode shape, JsonNode itemShape,
                     Schema schema) {
        boolean isArray() {
            return "array".equals(shape.path("type").asText());
        }
    }

    /** A JSON request body; {@code body} is {@code null} for an operation that takes none. */
    record Body(boolean required, Schema schema) {
    }
}
