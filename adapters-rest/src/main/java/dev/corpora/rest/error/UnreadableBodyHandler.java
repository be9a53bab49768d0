package dev.corpora.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A body the JSON reader rejects: 422, never 400 or 500. */
@Produces
@Singleton
final class UnreadableBodyHandler implements ExceptionHandler<CodecException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, CodecException exception) {
        return BodyErrors.unreadable(exception);
    }
}
