package dev.corpora.bootstrap.operations;

import dev.corpora.rest.access.CurrentActor;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One line at info for each request: method, route template (never the path with its ids), status, duration and
 * the caller's organization, and, as on every line logged under a request's span, its trace id
 * ({@link LogConfiguration} puts it there). In JSON lines each of these is a field of its own: {@code method},
 * {@code route}, {@code status}, {@code duration_ms}, {@code organization} (absent without a valid token),
 * {@code trace_id}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLog implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final String STARTED = RequestLog.class.getName() + ".started";
    private static final String TRACE = RequestLog.class.getName() + ".trace";
    private static final String NONE = "-";

    /**
     * Right inside the tracing filter: the request's span is current when the request comes in, and the duration
     * covers security, admission, the contract check and the operation.
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.TRACING.after();
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
        request.setAttribute(TRACE, Context.current());
    }

    @ResponseFilter
    void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long millis = request.getAttribute(STARTED, Long.class)
                .map(started -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).orElse(0L);
        String route = RouteTemplates.of(request).orElse(NONE);
        int status = response.code();
        Optional<String> organization = CurrentActor.organizationOf(request);
        LoggingEventBuilder line = LOG.atInfo().addKeyValue("method", request.getMethodName())
                .addKeyValue("route", route).addKeyValue("status", status).addKeyValue("duration_ms", millis);
        organization.ifPresent(value -> line.addKeyValue("organization", value));
        // under the span the request came in with, as captured on the way in, whichever thread handles the answer
        try (Scope ignored = request.getAttribute(TRACE, Context.class).orElse(Context.root()).makeCurrent()) {
            line.log("{} {} {} {} ms organization={}", request.getMethodName(), route, status, millis,
                    organization.orElse(NONE));
        }
    }
}
