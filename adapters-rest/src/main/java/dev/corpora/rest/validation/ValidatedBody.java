package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON body that {@link ContractFilter} read, kept with its request: binding reads the generated model from
 * it, a partial update learns from it which fields were really sent, and the 422 learns its order from it.
 *
 * <p>A body of an operation whose use case has business rules of its own is not answered at once when its shape
 * is wrong: the wrong values are left out of what binds ({@code bound}), the request goes on marked
 * {@link #malformed}, the use case reports what its rules find in the rest and changes nothing, and the 422
 * lists both ({@link #problems}).
 *
 * @param read     the body as sent
 * @param bound    what binding reads: the body, less the values whose shape was wrong
 * @param problems the shape problems found and not yet answered; empty when the body passed
 */
public record ValidatedBody(JsonNode read, JsonNode bound, List<Problem> problems) {
    private static final String ATTRIBUTE = ValidatedBody.class.getName();

    public ValidatedBody {
        problems = List.copyOf(problems);
    }

    static void keep(HttpRequest<?> request, ValidatedBody body) {
        request.setAttribute(ATTRIBUTE, body);
    }

    public static Optional<ValidatedBody> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, ValidatedBody.class);
    }

    /** Whether parts of the body were left out for their shape, so the request must change nothing. */
    public boolean malformed() {
        return !problems.isEmpty();
    }

    /** The names of the fields of the body's JSON object that binding sees. */
    public Set<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        bound.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The shape problems with what the use case found in the rest, in the body's order. A finding at, inside or
     * above a value left out for its shape is left out too: it may only echo the missing value.
     */
    public List<Problem> with(List<Problem> others) {
        List<Problem> all = new ArrayList<>(problems);
        others.stream().filter(other -> problems.stream().noneMatch(shape -> related(shape.loc(), other.loc())))
                .forEach(all::add);
        return ProblemOrder.inDocumentOrder(all, read);
    }

    private static boolean related(List<Object> shape, List<Object> other) {
        int common = Math.min(shape.size(), other.size());
        return common > 1 && shape.subList(0, common).equals(other.subList(0, common));
    }
}
