package dev.corpora.bootstrap.operations;

import dev.corpora.rest.error.ErrorBodies;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;

/**
 * Counts what the API's answers say happened: datasets created and updated, logins by outcome, 422s by problem
 * {@code type}, 429s (started deletions are counted by {@link DeletionsStartedCounter}). Read off the answers at
 * the edge rather than reported by the use cases: the answer is where each of these outcomes is final (a 401 can
 * come from the security filter, a 429 from the admission filter, a 422 from the contract check before any use
 * case runs), and the core stays free of metrics.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class OutcomeCounter implements Ordered {
    private static final String DATASETS = "/api/v1/datasets";
    private static final String DATASET = "/api/v1/datasets/{dataset_id}";
    private static final String LOGIN = "/api/v0/login";

    private final MeterRegistry registry;
    private final Counter created;
    private final Counter updated;
    private final Counter throttled;

    OutcomeCounter(MeterRegistry registry) {
        this.registry = registry;
        // not "created": Prometheus' naming drops a _created suffix, which OpenMetrics keeps for itself
        created = registry.counter("corpora.datasets.creations");
        updated = registry.counter("corpora.datasets.updates");
        throttled = registry.counter("corpora.requests.throttled");
    }

    /** First in, so last out: it sees the answer every other filter and handler has settled on. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        String operation = request.getMethodName() + " " + RouteTemplates.of(request).orElse("");
        boolean ok = status == 200;
        switch (operation) {
            case "POST " + DATASETS -> count(created, ok);
            case "PATCH " + DATASET -> count(updated, ok);
            case "POST " + LOGIN -> loginOutcome(status);
            default -> {
            }
        }
        if (status == 422) {
            List<?> types = response.getAttribute(ErrorBodies.PROBLEM_TYPES, List.class).orElse(List.of("unknown"));
            types.forEach(type -> registry.counter("corpora.validation.failures", "type", String.valueOf(type))
                    .increment());
        }
        count(throttled, status == 429);
    }

    private void loginOutcome(int status) {
        String outcome = switch (status) {
            case 200 -> "success";
            case 401 -> "invalid_credentials";
            case 429 -> "throttled";
            default -> null;
        };
        if (outcome != null) {
            registry.counter("corpora.logins", "outcome", outcome).increment();
        }
    }

    private static void count(Counter counter, boolean happened) {
        if (happened) {
            counter.increment();
        }
    }
}
