package dev.corpora.rest.error;

import dev.corpora.api.model.HTTPError;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Every error Micronaut answers by itself (unknown route 404, 405, 413, 415, an unexpected failure's 500) in
 * the contract's {@code {"detail": "..."}} shape instead of Micronaut's own.
 */
@Singleton
@Primary
final class DetailErrorResponseProcessor implements ErrorResponseProcessor<HTTPError> {
    @Override
    public MutableHttpResponse<HTTPError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        String detail = context.getErrors().stream().findFirst().map(e -> e.getMessage())
                .orElse(response.getStatus().getReason());
        if (response.getStatus().getCode() >= 500) {
            detail = "Internal server error";
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(new HTTPError().detail(detail));
    }
}
