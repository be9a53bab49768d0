package dev.corpora.rest.error;

import dev.corpora.domain.error.Key;
import dev.corpora.domain.error.Violation;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.rest.validation.Problem;
import dev.corpora.rest.wire.WireWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A domain violation as the 422 envelope shows it: its location in the body's spelling and the pydantic-style word
 * for its kind. Rules of the business (a config that disagrees, a name listed twice) are pydantic's
 * {@code value_error}, with its {@code "Value error, "} lead.
 */
final class ViolationRendering {
    /** Domain fields whose wire name is not simply theirs in snake case. */
    private static final Map<String, String> RENAMED = Map.of("encoder", "encoder_name", "grantType", "grant_type");

    private ViolationRendering() {
    }

    static Problem of(Violation violation) {
        List<Object> loc = new ArrayList<>(List.of("body"));
        for (Object step : violation.path()) {
            if (step instanceof Key key) {
                loc.add(key.value());
            } else if (step instanceof String field) {
                loc.add(loc.size() == 1 && RENAMED.containsKey(field) ? RENAMED.get(field) : WireWords.field(field));
            } else {
                loc.add(step);
            }
        }
        String type = type(violation.kind());
        String msg = "value_error".equals(type) ? "Value error, " + violation.message() : violation.message();
        return new Problem(loc, type, msg);
    }

    private static String type(ViolationKind kind) {
        return switch (kind) {
            case MISSING -> "missing";
            case BLANK -> "string_too_short";
            case EMPTY -> "too_short";
            case TOO_LONG -> "string_too_long";
            case TOO_MANY -> "too_long";
            case NOT_ALLOWED_CHARACTERS -> "string_pattern_mismatch";
            case NOT_ONE_OF -> "enum";
            case BELOW_MINIMUM -> "greater_than_equal";
            case ABOVE_MAXIMUM -> "less_than_equal";
            case NOT_FINITE -> "finite_number";
            case REPEATED, DISAGREES, ALL_ZERO, UNCHANGEABLE -> "value_error";
        };
    }
}
