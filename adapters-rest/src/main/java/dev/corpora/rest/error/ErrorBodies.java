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
    private ErrorBodies() {
    }

    public static MutableHttpResponse<HTTPError> detail(HttpStatus status, String sentence) {
        return HttpResponse.<HTTPError>status(status).body(new HTTPError().detail(sentence));
    }

    public static MutableHttpResponse<HTTPValidationError> unprocessable(List<ValidationError> problems) {
        return HttpResponse.<HTTPValidationError>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new HTTPValidationError().detail(problems));
    }

    public static List<ValidationError> problems(List<Problem> problems) {
        return problems.stream().map(problem -> problem(problem.loc(), problem.type(), problem.msg())).toList();
    }

    public static ValidationError problem(List<Object> loc, String type, String msg) {
        return new ValidationError().loc(List.copyOf(loc)).type(type).msg(msg);
    }
}
