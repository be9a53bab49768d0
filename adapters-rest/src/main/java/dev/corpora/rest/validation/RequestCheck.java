package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a request's parameters and JSON body against its operation's schemas, collecting every problem with its
 * full location, in request order (path, query and headers as the spec declares them, then the body as written).
 */
final class RequestCheck {
    /** The most problems one 422 lists. */
    static final int MAX_PROBLEMS = 100;

    private final SchemaProblems schemaProblems;

    RequestCheck(SchemaProblems schemaProblems) {
        this.schemaProblems = schemaProblems;
    }

    /** What the check found, and the body it read ({@code null} when there was none or it was not JSON). */
    record Result(List<Problem> problems, JsonNode body) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    /**
     * @param values a parameter's values as sent, by location and name; empty when it was not sent
     * @param body   the body's bytes; empty or {@code null} when there is none
     */
    Result check(ApiContract.Match match, Function<Operation.Parameter, List<String>> values, byte[] body) {
        List<Problem> problems = new ArrayList<>();
        for (Operation.Parameter parameter : match.operation().parameters()) {
            List<String> sent = parameter.in() == Location.PATH
                    ? List.of(match.pathVariables().get(parameter.name())) : values.apply(parameter);
            problems.addAll(ProblemOrder.distinct(parameter(parameter, sent)));
        }
        JsonNode read = null;
        Operation.Body declared = match.operation().body();
        if (declared != null) {
            JsonBody.Read parsed = JsonBody.read(body);
            if (parsed instanceof JsonBody.Invalid invalid) {
                problems.add(invalid.problem());
            } else {
                read = ((JsonBody.Parsed) parsed).value();
                problems.addAll(body(declared, read));
            }
        }
        return new Result(problems.size() > MAX_PROBLEMS ? List.copyOf(problems.subList(0, MAX_PROBLEMS))
                : List.copyOf(problems), read);
    }

    private List<Problem> parameter(Operation.Parameter parameter, List<String> sent) {
        List<Object> loc = List.of(parameter.in().word(), parameter.name());
        if (sent.isEmpty()) {
            return parameter.required() ? List.of(new Problem(loc, "missing", "Field required")) : List.of();
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode value;
        if (parameter.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < sent.size(); i++) {
                items.add(item(sent.get(i), parameter.itemShape(), ProblemOrder.child(loc, i), problems));
            }
            value = items;
        } else {
            value = item(sent.get(0), parameter.shape(), loc, problems);
        }
        parameter.schema().validate(value).forEach(error -> problems.add(schemaProblems.of(error, loc)));
        return problems;
    }

    /** One text value read as its type; a value that cannot be read is recorded and stands in as null. */
    private static JsonNode item(String text, JsonNode shape, List<Object> loc, List<Problem> problems) {
        var unstorable = StorableText.problem(text);
        if (unstorable.isPresent()) {
            problems.add(new Problem(loc, StorableText.TYPE, unstorable.get()));
            return NullNode.instance;
        }
        ParameterText.Read read = ParameterText.read(text, shape);
        if (read instanceof ParameterText.NotOfType not) {
            problems.add(new Problem(loc, not.type(), not.msg()));
            return NullNode.instance;
        }
        return ((ParameterText.Value) read).node();
    }

    private List<Problem> body(Operation.Body declared, JsonNode value) {
        List<Object> loc = List.of("body");
        if (value == null || value.isNull()) {
            return declared.required() ? List.of(new Problem(loc, "missing", "Field required")) : List.of();
        }
        List<Problem> problems = new ArrayList<>(StorableText.in(value, loc));
        declared.schema().validate(value).forEach(error -> problems.add(schemaProblems.of(error, loc)));
        return ProblemOrder.inDocumentOrder(ProblemOrder.distinct(problems), value);
    }
}
