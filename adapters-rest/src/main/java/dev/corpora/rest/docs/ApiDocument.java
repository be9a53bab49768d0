package dev.corpora.rest.docs;

import jakarta.inject.Singleton;

/**
 * The OpenAPI document as the api-spec jar ships it: {@code openapi.yml}, and the same document as JSON
 * ({@code openapi.json}, which the api-spec build writes from the YAML, token for token). Read at the first request
 * of the docs; a missing or broken spec already stops the start, where the contract reads it.
 */
@Singleton
final class ApiDocument {
    private final byte[] yaml = Classpath.bytes("openapi.yml");
    private final byte[] json = Classpath.bytes("openapi.json");

    byte[] yaml() {
        return yaml.clone();
    }

    byte[] json() {
        return json.clone();
    }
}
