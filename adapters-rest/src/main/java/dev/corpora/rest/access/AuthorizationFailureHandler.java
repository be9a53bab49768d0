package dev.corpora.rest.access;

import dev.corpora.rest.error.ErrorBodies;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Security's refusals in the contract's shape: no valid bearer token is a 401 with a {@code Bearer} challenge
 * (missing, malformed, expired, wrongly signed, unsigned or another issuer's token alike).
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationFailureHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ErrorBodies.detail(HttpStatus.FORBIDDEN, "Not allowed");
        }
        return ErrorBodies.detail(HttpStatus.UNAUTHORIZED, "Not authenticated: a valid bearer token is required")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"corpora\"");
    }
}
