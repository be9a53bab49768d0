package dev.corpora.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
final class NotImplementedYetHandler implements ExceptionHandler<NotImplementedYet, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, NotImplementedYet exception) {
        return ErrorBodies.detail(HttpStatus.NOT_IMPLEMENTED, exception.getMessage());
    }
}
