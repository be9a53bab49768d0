package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows a schema's {@code $ref}, and an {@code allOf} of one, to the schema that says its type. */
final class References {
    private static final int MAX_HOPS = 16;

    private References() {
    }

    static JsonNode follow(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (current.has("$ref")) {
                current = document.at(current.get("$ref").asText().substring(1));
            } else if (!current.has("type") && current.path("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        throw new IllegalStateException("a $ref chain longer than " + MAX_HOPS + " hops: " + schema);
    }
}
