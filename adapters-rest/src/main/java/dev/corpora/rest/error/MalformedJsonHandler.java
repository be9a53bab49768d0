package dev.corpora.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/** A body that is not JSON at all: 422 {@code json_invalid}, never Micronaut's 400. */
@Produces
@Singleton
@Replaces(JsonExceptionHandler.class)
final class MalformedJsonHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
        return BodyErrors.unreadable(exception);
    }
}
