package dev.corpora.rest.idempotency;

import dev.corpora.application.idempotency.BeginIdempotentRequest;
import dev.corpora.application.idempotency.BeginIdempotentRequest.Begun;
import dev.corpora.application.idempotency.FinishIdempotentRequest;
import dev.corpora.application.idempotency.IdempotencyRecord;
import dev.corpora.application.idempotency.RequestFingerprint;
import dev.corpora.application.idempotency.StoredAnswer;
import dev.corpora.rest.access.CurrentActor;
import dev.corpora.rest.error.ErrorBodies;
import dev.corpora.rest.validation.ValidatedBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.utils.SecurityService;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on the dataset writes (create, update, delete), after the IETF httpapi draft and Stripe.
 * The first request with a key runs and its answer is kept (per organization and key, see
 * {@code corpora.idempotency}); the same request again answers that status, body and {@code ETag}, with
 * {@code Idempotent-Replayed: true}, and runs nothing. The key with another method, path or body is 422 (loc the
 * header); a repeat while the first still runs is 409. The database decides, so this holds across instances.
 *
 * <p>What is kept, as Stripe keeps it: the answers of requests that ran, success or not (2xx, 404, 409, 412).
 * A request refused before it ran (401, 403, 413, 415, 422, 429) or one that failed (5xx) keeps nothing and frees
 * its key, so that a retry runs afresh. Runs after the contract check (the key's shape is checked there, from
 * {@code openapi.yml}) and after the admission (a 429 claims nothing).
 */
@ServerFilter("/api/v1/**")
final class IdempotencyFilter implements Ordered {
    static final String KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** The headers of an answer worth giving again; the rate-limit ones are the replay's own. */
    private static final List<String> KEPT_HEADERS = List.of("ETag", "Content-Type", "Location");
    private static final List<Integer> KEPT_STATUSES = List.of(404, 409, 412);
    private static final Pattern COLLECTION = Pattern.compile("/api/v1/datasets/?");
    private static final Pattern ONE = Pattern.compile("/api/v1/datasets/[^/]+/?");
    private static final String CLAIM = IdempotencyFilter.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final BeginIdempotentRequest begin;
    private final FinishIdempotentRequest finish;
    private final SecurityService security;
    private final CurrentActor currentActor;
    private final JsonMapper json;

    IdempotencyFilter(BeginIdempotentRequest begin, FinishIdempotentRequest finish, SecurityService security,
                      CurrentActor currentActor, JsonMapper json) {
        this.begin = begin;
        this.finish = finish;
        this.security = security;
        this.currentActor = currentActor;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 2;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> begin(HttpRequest<?> request) {
        Optional<String> key = request.getHeaders().getFirst(KEY);
        if (key.isEmpty() || !isDatasetWrite(request) || security.getAuthentication().isEmpty()) {
            return null;
        }
        String body = ValidatedBody.of(request).map(read -> read.read().toString()).orElse("");
        Begun begun = begin.handle(currentActor.get(), key.get(),
                RequestFingerprint.of(request.getMethodName(), request.getPath(), body));
        if (begun instanceof Begun.Proceed proceed) {
            request.setAttribute(CLAIM, proceed.claim());
            return null;
        }
        if (begun instanceof Begun.Replay replay) {
            return replay(replay.answer());
        }
        if (begun instanceof Begun.StillRunning) {
            return ErrorBodies.detail(HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still running; retry once it has finished");
        }
        return ErrorBodies.unprocessable(List.of(ErrorBodies.problem(List.of("header", KEY), "value_error",
                "This Idempotency-Key was first sent with another request (method, path or body)")));
    }

    /** Keeps the answer of a request that claimed its key, or frees the key; off the event loop. */
    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<IdempotencyRecord> claim = request.getAttribute(CLAIM, IdempotencyRecord.class);
        if (claim.isEmpty()) {
            return;
        }
        request.removeAttribute(CLAIM, IdempotencyRecord.class);
        try {
            finish.handle(claim.get(), kept(response));
        } catch (RuntimeException e) {
            // the key stays claimed until its lease lapses; then a retry runs the request again
            LOG.warn("Could not keep the answer of an idempotent request: {}", e.toString());
        }
    }

    /**
     * The answer to keep, empty when there is none worth keeping. The body is kept as the bytes sent, and the
     * answer sends those very bytes, so that the first answer and its replays are the same byte for byte.
     */
    @SuppressWarnings("unchecked")
    private Optional<StoredAnswer> kept(MutableHttpResponse<?> response) {
        int status = response.code();
        if (!(status >= 200 && status < 300 || KEPT_STATUSES.contains(status))) {
            return Optional.empty();
        }
        byte[] body = bytes(response.getBody().orElse(null));
        if (response.getBody().isPresent()) {
            response.contentType(response.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE));
            ((MutableHttpResponse<Object>) response).body(body);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            response.getHeaders().getFirst(name).ifPresent(value -> headers.put(name, value));
        }
        return Optional.of(new StoredAnswer(status, headers, body));
    }

    private byte[] bytes(@Nullable Object body) {
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] raw) {
            return raw;
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write an answer's body as JSON", e);
        }
    }

    private static MutableHttpResponse<?> replay(StoredAnswer answer) {
        MutableHttpResponse<byte[]> replay = HttpResponse.<byte[]>status(HttpStatus.valueOf(answer.status()))
                .header(REPLAYED, "true");
        answer.headers().forEach(replay::header);
        return answer.body().length == 0 ? replay : replay.body(answer.body());
    }

    private static boolean isDatasetWrite(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        String path = request.getPath();
        return method == HttpMethod.POST ? COLLECTION.matcher(path).matches()
                : (method == HttpMethod.PATCH || method == HttpMethod.DELETE) && ONE.matcher(path).matches();
    }
}
