package dev.corpora.rest.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every answer carries, so that no browser sniffs a type, frames a page or runs what the service did not
 * mean to serve. A page that sets its own {@code Content-Security-Policy} (the docs pages) keeps it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'";

    @ResponseFilter
    void addTo(MutableHttpResponse<?> response) {
        HttpHeaders headers = response.getHeaders();
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            response.header(CONTENT_SECURITY_POLICY, NOTHING_ALLOWED);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
