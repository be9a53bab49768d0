package dev.corpora.rest.access;

import dev.corpora.rest.error.ErrorBodies;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
final class NotAuthenticatedHandler implements ExceptionHandler<NotAuthenticated, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, NotAuthenticated exception) {
        return ErrorBodies.detail(HttpStatus.UNAUTHORIZED, exception.getMessage())
                .header(HttpHeaders.WWW_AUTHENTICATE, exception.scheme() + " realm=\"corpora\"");
    }
}
