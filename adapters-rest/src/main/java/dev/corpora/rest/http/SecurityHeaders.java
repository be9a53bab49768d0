package dev.corpora.rest.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every answer carries, so that no browser sniffs a type, frames a page or runs what the service did not
 * mean to serve. A page that sets its own {@code Content-Security-Policy} (the docs pages) keeps it; the login's
 * answer, which holds a token, is never stored by a cache.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'";
    private static final String LOGIN = "/api/v0/login";

    @ResponseFilter
    void addTo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpHeaders headers = response.getHeaders();
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            response.header(CONTENT_SECURITY_POLICY, NOTHING_ALLOWED);
        }
        if (LOGIN.equals(request.getPath())) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
            response.header(HttpHeaders.PRAGMA, "no-cache");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
