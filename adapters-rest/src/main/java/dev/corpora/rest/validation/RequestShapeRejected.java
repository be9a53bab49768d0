package dev.corpora.rest.validation;

import java.util.List;

/** A request whose shape is wrong, with every problem found: the REST adapter's error handling answers 422. */
public final class RequestShapeRejected extends RuntimeException {
    private final transient List<Problem> problems;

    RequestShapeRejected(List<Problem> problems) {
        super(problems.size() + " problem(s) with the request's shape", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
