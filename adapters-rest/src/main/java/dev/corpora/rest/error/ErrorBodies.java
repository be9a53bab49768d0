package dev.corpora.rest.error;

import dev.corpora.api.model.HTTPError;
import dev.corpora.api.model.HTTPValidationError;
import dev.corpora.api.model.ValidationError;
import dev.corpora.rest.validation.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** The contract's two error envelopes: {@code {"detail": "a sentence"}} and the 422 list of problems. */
public final class ErrorBodies {
    /**
     * The response attribute under which a 422 carries its problems' distinct {@code type}s, a {@code List} of
     * strings, for whoever counts them without reading the generated body.
     */
    public static final String PROBLEM_TYPES = "corpora.problem-types";

    private ErrorBodies() {
    }

    public static MutableHttpResponse<HTTPError> detail(HttpStatus status, String sentence) {
        return HttpResponse.<HTTPError>status(status).body(new HTTPError().detail(sentence));
    }

    public static MutableHttpResponse<HTTPValidationError> unprocessable(List<ValidationError> problems) {
        MutableHttpResponse<HTTPValidationError> response = HttpResponse.<HTTPValidationError>status(
                HttpStatus.UNPROCESSABLE_ENTITY).body(new HTTPValidationError().detail(problems));
        response.setAttribute(PROBLEM_TYPES, problems.stream().map(ValidationError::getType).distinct().toList());
        return response;
    }

    public static List<ValidationError> problems(List<Problem> problems) {
        return problems.stream().map(problem -> problem(problem.loc(), problem.type(), problem.msg())).toList();
    }

    public static ValidationError problem(List<Object> loc, String type, String msg) {
        return new ValidationError().loc(List.copyOf(loc)).type(type).msg(msg);
    }
}
