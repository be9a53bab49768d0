package dev.corpora.bootstrap.operations;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** What metrics and logs name a request by: the template of the route it matched, never its path with raw ids. */
final class RouteTemplates {
    private RouteTemplates() {
    }

    /** @return such as {@code /api/v1/datasets/{dataset_id}}; empty when no route matched */
    static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(HttpAttributes.URI_TEMPLATE, String.class);
    }
}
