package dev.corpora.rest.error;

import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.domain.error.DatasetNotFound;
import dev.corpora.domain.error.DomainError;
import dev.corpora.domain.error.Forbidden;
import dev.corpora.domain.error.InvalidCredentials;
import dev.corpora.domain.error.PreconditionFailed;
import dev.corpora.domain.error.StateConflict;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.Violation;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The one place where domain errors become HTTP answers. */
@Produces
@Singleton
@Requires(classes = {DomainError.class, ExceptionHandler.class})
final class DomainErrorHandler implements ExceptionHandler<DomainError, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainError error) {
        if (error instanceof ValidationFailed failed) {
            String root = failed.source() == ValidationFailed.Source.PARAMETERS ? "query" : "body";
            return ErrorBodies.unprocessable(failed.violations().stream().map(v -> located(root, v)).toList());
        }
        if (error instanceof InvalidCredentials) {
            return ErrorBodies.detail(HttpStatus.UNAUTHORIZED, error.getMessage())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"corpora\"");
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
        throw new IllegalStateException("no HTTP status for " + error.code());
    }

    /** Domain paths are relative to the request body, or to the query for a listing's parameters. */
    private static dev.corpora.api.model.ValidationError located(String root, Violation violation) {
        List<Object> loc = new ArrayList<>();
        loc.add(root);
        loc.addAll(violation.path());
        return ErrorBodies.problem(loc, violation.kind().wireName(), violation.message());
    }
}
