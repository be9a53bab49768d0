package dev.corpora.rest.error;

import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.domain.error.DatasetNotFound;
import dev.corpora.domain.error.DomainError;
import dev.corpora.domain.error.Forbidden;
import dev.corpora.domain.error.InvalidCredentials;
import dev.corpora.domain.error.EventsForgotten;
import dev.corpora.domain.error.PreconditionFailed;
import dev.corpora.domain.error.StateConflict;
import dev.corpora.domain.error.TooManyAttempts;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.rest.validation.Problem;
import dev.corpora.rest.validation.ValidatedBody;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** The one place where domain errors become HTTP answers. */
@Produces
@Singleton
@Requires(classes = {DomainError.class, ExceptionHandler.class})
final class DomainErrorHandler implements ExceptionHandler<DomainError, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainError error) {
        if (error instanceof ValidationFailed failed) {
            List<Problem> found = failed.violations().stream().map(ViolationRendering::of).toList();
            return ErrorBodies.unprocessable(ErrorBodies.problems(ValidatedBody.of(request)
                    .map(body -> body.with(found)).orElse(found)));
        }
        if (error instanceof InvalidCredentials) {
            return ErrorBodies.detail(HttpStatus.UNAUTHORIZED, error.getMessage())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"corpora\"");
        }
        if (error instanceof TooManyAttempts tooMany) {
            return ErrorBodies.detail(HttpStatus.TOO_MANY_REQUESTS, error.getMessage())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(RetryAfter.seconds(tooMany.retryAfter())));
        }
        return ErrorBodies.detail(status(error), error.getMessage());
    }

    private static HttpStatus status(DomainError error) {
        if (error instanceof DatasetNotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (error instanceof DatasetNameTaken || error instanceof DatasetIdTaken || error instanceof StateConflict) {
            return HttpStatus.CONFLICT;
        }
        if (error instanceof PreconditionFailed) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        if (error instanceof Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        if (error instanceof EventsForgotten) {
            return HttpStatus.GONE;
        }
        throw new IllegalStateException("no HTTP status for " + error.code());
    }
}
