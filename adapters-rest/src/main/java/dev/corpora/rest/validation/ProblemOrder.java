package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which problem a 422 lists for a value that breaks several rules, and in what order the problems come. */
final class ProblemOrder {
    /** The first rule a value breaks, as pydantic checks them: storable text, type, format, length, pattern... */
    private static final List<String> PRECEDENCE = List.of(StorableText.TYPE, "missing", "string_type",
            "bool_parsing", "int_parsing", "float_parsing", "list_type", "dict_type", "model_attributes_type",
            "uuid_parsing", "datetime_parsing", "finite_number", "string_too_short", "string_too_long",
            "too_short", "too_long", "string_pattern_mismatch", "enum");

    private ProblemOrder() {
    }

    /** One problem per location: the one found by the rule checked first. */
    static List<Problem> distinct(List<Problem> problems) {
        Map<List<Object>, Problem> first = new LinkedHashMap<>();
        for (Problem problem : problems) {
            first.merge(problem.loc(), problem, (kept, other) -> rank(other) < rank(kept) ? other : kept);
        }
        return new ArrayList<>(first.values());
    }

    /** Problems sorted as their values stand in the body; a missing field comes after what its object holds. */
    static List<Problem> inDocumentOrder(List<Problem> problems, JsonNode body) {
        Map<List<Object>, int[]> spans = new HashMap<>();
        span(body, new ArrayList<>(List.of("body")), new int[] {0}, spans);
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingDouble(problem -> position(problem.loc(), spans)));
        return sorted;
    }

    static List<Object> child(List<Object> loc, Object step) {
        List<Object> child = new ArrayList<>(loc);
        child.add(step);
        return child;
    }

    private static double position(List<Object> loc, Map<List<Object>, int[]> spans) {
        int[] span = spans.get(loc);
        if (span != null) {
            return span[0];
        }
        int[] parent = spans.get(loc.subList(0, Math.max(1, loc.size() - 1)));
        return parent == null ? Double.MAX_VALUE : parent[1] + 0.5;
    }

    /** Each location's place in a pre-order walk: {first, last} of its subtree. */
    private static void span(JsonNode value, List<Object> at, int[] counter, Map<List<Object>, int[]> spans) {
        int start = counter[0]++;
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                span(value.get(i), child(at, i), counter, spans);
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                span(field.getValue(), child(at, field.getKey()), counter, spans);
            }
        }
        spans.put(List.copyOf(at), new int[] {start, counter[0] - 1});
    }

    private static int rank(Problem problem) {
        int index = PRECEDENCE.indexOf(problem.type());
        return index < 0 ? PRECEDENCE.size() : index;
    }
}
