package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text the databases cannot store: PostgreSQL's text holds no NUL character, and a lone UTF-16 surrogate is no
 * character at all (JSON's {@code \ud800} escape makes one). Both are a 422 wherever they appear, keys included.
 */
final class StorableText {
    static final String TYPE = "string_unicode";

    private StorableText() {
    }

    /** Why the text cannot be stored, or empty when it can. */
    static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("Input should be a valid string without NUL characters (\\u0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("Input should be a valid string, not a lone UTF-16 surrogate");
            }
        }
        return Optional.empty();
    }

    /** Every unstorable string or key in a JSON value, located under {@code prefix}. */
    static List<Problem> in(JsonNode value, List<Object> prefix) {
        List<Problem> problems = new ArrayList<>();
        collect(value, new ArrayList<>(prefix), problems);
        return problems;
    }

    private static void collect(JsonNode value, List<Object> at, List<Problem> problems) {
        if (value.isTextual()) {
            problem(value.textValue()).ifPresent(msg -> problems.add(new Problem(at, TYPE, msg)));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collect(value.get(i), ProblemOrder.child(at, i), problems);
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> fieldAt = ProblemOrder.child(at, field.getKey());
                problem(field.getKey()).ifPresent(msg -> problems.add(new Problem(fieldAt, TYPE, "Key: " + msg)));
                collect(field.getValue(), fieldAt, problems);
            }
        }
    }
}
