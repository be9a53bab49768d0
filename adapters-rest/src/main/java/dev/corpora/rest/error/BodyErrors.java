package dev.corpora.rest.error;

import io.micronaut.http.HttpResponse;
import java.util.List;

/**
 * A body that binding could not read. The contract check has read and checked every body before binding, so
 * this answers only what slipped past it: still the contract's 422, never Micronaut's 400 or a 500.
 */
final class BodyErrors {
    private BodyErrors() {
    }

    static HttpResponse<?> unreadable(Throwable failure) {
        return ErrorBodies.unprocessable(List.of(ErrorBodies.problem(List.of("body"), "json_invalid",
                "Invalid JSON body: " + rootMessage(failure))));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "unreadable" : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
