package dev.corpora.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** A required body, path or query value that is not there (an empty body, say): 422 {@code missing}. */
@Produces
@Singleton
@Replaces(UnsatisfiedArgumentHandler.class)
final class MissingArgumentHandler implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, UnsatisfiedArgumentException exception) {
        return ErrorBodies.unprocessable(List.of(ErrorBodies.problem(RequestLocation.of(exception.getArgument()),
                "missing", "Field required")));
    }
}
