package dev.corpora.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A path, query, header or body value that is not of its declared type: 422 naming where, never Micronaut's
 * 400.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
final class ConversionErrorAsValidation implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        var argument = exception.getArgument();
        List<Object> loc = RequestLocation.of(argument);
        if (loc.equals(List.of("body"))) {
            return BodyErrors.unreadable(exception);
        }
        Exception cause = exception.getConversionError().getCause();
        String message = "Input should be a valid " + RequestLocation.parsingError(argument).replace("_parsing", "")
                + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return ErrorBodies.unprocessable(List.of(ErrorBodies.problem(loc, RequestLocation.parsingError(argument),
                message)));
    }
}
