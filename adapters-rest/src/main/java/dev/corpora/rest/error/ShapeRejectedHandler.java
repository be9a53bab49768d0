package dev.corpora.rest.error;

import dev.corpora.rest.validation.RequestShapeRejected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A request the contract check rejected: the 422 envelope with every problem it found. */
@Produces
@Singleton
final class ShapeRejectedHandler implements ExceptionHandler<RequestShapeRejected, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, RequestShapeRejected rejected) {
        return ErrorBodies.unprocessable(ErrorBodies.problems(rejected.problems()));
    }
}
