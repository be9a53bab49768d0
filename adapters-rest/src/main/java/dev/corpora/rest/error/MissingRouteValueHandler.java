package dev.corpora.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;

/** A required body (an empty POST, say) or route value that was not sent: 422 {@code missing}. */
@Produces
@Singleton
@Replaces(UnsatisfiedRouteHandler.class)
final class MissingRouteValueHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, UnsatisfiedRouteException exception) {
        return ErrorBodies.unprocessable(List.of(ErrorBodies.problem(RequestLocation.of(exception.getArgument()),
                "missing", "Field required")));
    }
}
