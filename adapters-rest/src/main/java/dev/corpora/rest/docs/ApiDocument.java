package dev.corpora.rest.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The OpenAPI document as the api-spec jar ships it ({@code openapi.yml}) and the same document as JSON, converted
 * once, for the first request of the docs. Not at start: the conversion is a third of the spec's cost at start
 * (about 50 ms of CPU), and a missing or broken spec already stops the start, where the contract reads it.
 */
@Singleton
final class ApiDocument {
    static final String RESOURCE = "openapi.yml";

    private final byte[] yaml;
    private final byte[] json;

    ApiDocument() {
        yaml = Classpath.bytes(RESOURCE);
        json = toJson(yaml);
    }

    byte[] yaml() {
        return yaml.clone();
    }

    byte[] json() {
        return json.clone();
    }

    /**
     * Token for token, with Jackson's YAML reading: the same reading the code generators give the spec, so the
     * JSON says what the generated code was built from.
     */
    static byte[] toJson(byte[] yaml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length);
        try (JsonParser parser = new YAMLFactory().createParser(yaml);
                JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            if (parser.nextToken() == null) {
                throw new IllegalStateException(RESOURCE + " is empty");
            }
            generator.copyCurrentStructure(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert " + RESOURCE + " to JSON", e);
        }
        return out.toByteArray();
    }
}
