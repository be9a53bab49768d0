package dev.corpora.rest.access;

import dev.corpora.application.access.Admission;
import dev.corpora.application.access.AdmitRequest;
import dev.corpora.rest.error.ErrorBodies;
import dev.corpora.rest.error.RetryAfter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.utils.SecurityService;
import java.util.Optional;

/**
 * Every well-formed authenticated API request spends one of its organization's allowance (see the
 * {@code corpora.rate-limit} settings) before the use case runs; past the allowance it is 429 with
 * {@code Retry-After}, and nothing is done. Every
 * answer to an authenticated request says what is left: {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the allowance is full again), as the IETF's RateLimit header fields draft
 * names them. Runs after authentication and after the contract check (a malformed request is answered 422 without
 * spending): the check reads the body on the event loop, and this filter then moves to a worker thread, which
 * Micronaut's body buffering does not allow before the body is read.
 */
@ServerFilter("/api/v1/**")
final class RequestAdmissionFilter implements Ordered {
    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    private static final String ADMISSION = RequestAdmissionFilter.class.getName();

    private final AdmitRequest admitRequest;
    private final SecurityService security;
    private final CurrentActor currentActor;

    RequestAdmissionFilter(AdmitRequest admitRequest, SecurityService security, CurrentActor currentActor) {
        this.admitRequest = admitRequest;
        this.security = security;
        this.currentActor = currentActor;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }

    /** Now and then the allowance is settled with the database: off the event loop. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        if (security.getAuthentication().isEmpty()) {
            return null;
        }
        Optional<Admission> admission = admitRequest.handle(currentActor.get());
        if (admission.isEmpty()) {
            return null;
        }
        request.setAttribute(ADMISSION, admission.get());
        if (admission.get().admitted()) {
            return null;
        }
        MutableHttpResponse<?> refused = ErrorBodies.detail(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests for this organization; try again later")
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RetryAfter.seconds(admission.get().retryAfter())));
        tell(admission.get(), refused);
        return refused;
    }

    @ResponseFilter
    void tell(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ADMISSION, Admission.class).ifPresent(admission -> tell(admission, response));
    }

    private static void tell(Admission admission, MutableHttpResponse<?> response) {
        response.header(LIMIT, Long.toString(admission.limit()))
                .header(REMAINING, Long.toString(admission.remaining()))
                .header(RESET, Long.toString(RetryAfter.seconds(admission.untilFull())));
    }
}
