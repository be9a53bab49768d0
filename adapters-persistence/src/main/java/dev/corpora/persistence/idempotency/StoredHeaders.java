package dev.corpora.persistence.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A stored answer's headers in one text column: a {@code Name: value} line each (header values have no newline). */
final class StoredHeaders {
    private StoredHeaders() {
    }

    static String write(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(headers).forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> read(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
