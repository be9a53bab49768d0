package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A body less the values whose shape was wrong: a wrong field is left out, a wrong list item becomes null (so
 * the items after it keep their index). What is left binds to the generated model without a failure.
 */
final class Pruning {
    private Pruning() {
    }

    static JsonNode without(JsonNode body, List<Problem> problems) {
        JsonNode pruned = body.deepCopy();
        for (Problem problem : problems) {
            List<Object> loc = problem.loc();
            if (loc.size() < 2) {
                continue;
            }
            JsonNode parent = pruned;
            for (Object step : loc.subList(1, loc.size() - 1)) {
                parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            }
            Object last = loc.get(loc.size() - 1);
            if (parent instanceof ObjectNode object && last instanceof String field) {
                object.remove(field);
            } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
                array.set(index, NullNode.instance);
            }
        }
        return pruned;
    }
}
