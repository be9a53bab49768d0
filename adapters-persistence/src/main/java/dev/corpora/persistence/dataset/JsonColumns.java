package dev.corpora.persistence.dataset;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads and writes the JSON text columns. Text rather than jsonb, so H2 and PostgreSQL behave the same. */
@Singleton
class JsonColumns {
    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    String writeConfig(DatasetConfigDocument document) {
        return write(document);
    }

    DatasetConfigDocument readConfig(String text) {
        return read(text, Argument.of(DatasetConfigDocument.class));
    }

    String writeStrings(List<String> strings) {
        return strings == null ? null : write(strings);
    }

    List<String> readStrings(String text) {
        return text == null ? null : read(text, STRINGS);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON column", e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON column holds what Corpora did not write", e);
        }
    }
}
