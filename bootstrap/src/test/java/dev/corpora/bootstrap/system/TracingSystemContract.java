package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.persistence.testing.TestDatabase;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Traces as a collector would receive them, read from the SDK's in-memory exporter: one request is one trace, made
 * of the request's span, its use case's under it and each SQL statement's under that; a caller's
 * {@code traceparent} is continued; work outside requests (the deletion worker, probes, scrapes) starts none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TracingSystemContract {
    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    private TestDatabase database;
    private RunningCorpora corpora;
    private InMemorySpanExporter spans;
    private String bearer;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        corpora = new RunningCorpora(database, Map.of("micronaut.otel.enabled", true, "otel.traces.exporter", "none",
                InMemorySpans.PROPERTY, true));
        spans = corpora.bean(InMemorySpanExporter.class).orElseThrow();
        bearer = corpora.adminBearer();
        finishedSpans(); // the login's span may end after its answer: let it end before the first test's reset
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        spans.reset();
    }

    @Test
    void oneRequestIsOneTraceOfTheRequestItsUseCaseAndItsStatements() {
        String dataset = "{\"name\":\"" + RunningCorpora.uniqueName("traced") + "\",\"encoder_name\":\"multimodal\"}";
        HttpResponse<String> created = call(request("POST", "/api/v1/datasets")
                .POST(HttpRequest.BodyPublishers.ofString(dataset)));

        assertThat(created.statusCode()).isEqualTo(200);
        List<SpanData> trace = finishedSpans();
        SpanData request = only(trace, SpanKind.SERVER);
        assertThat(request.getName()).isEqualTo("POST /api/v1/datasets");
        assertThat(request.getParentSpanContext().isValid()).as("without traceparent, a trace of its own").isFalse();
        assertThat(trace).extracting(SpanData::getTraceId).containsOnly(request.getTraceId());
        SpanData useCase = named(trace, "CreateDataset.handle");
        assertThat(useCase.getParentSpanId()).isEqualTo(request.getSpanId());
        List<SpanData> statements = ofKind(trace, SpanKind.CLIENT);
        assertThat(statements).anySatisfy(insert -> {
            assertThat(insert.getName()).startsWith("INSERT").contains("datasets");
            assertThat(insert.getParentSpanId()).isEqualTo(useCase.getSpanId());
        });
        // the admission may settle the organization's allowance with the database before the use case runs
        assertThat(statements).allSatisfy(statement -> assertThat(statement.getParentSpanId())
                .isIn(useCase.getSpanId(), request.getSpanId()));
        assertThat(trace).hasSize(2 + statements.size());
    }

    @Test
    void aCallersTraceparentIsContinuedAndAFailedUseCaseSaysWhy() {
        HttpResponse<String> missing = call(request("GET", "/api/v1/datasets/" + UUID.randomUUID()).GET()
                .header("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01"));

        assertThat(missing.statusCode()).isEqualTo(404);
        List<SpanData> trace = finishedSpans();
        assertThat(trace).extracting(SpanData::getTraceId).containsOnly(CALLER_TRACE);
        SpanData request = only(trace, SpanKind.SERVER);
        assertThat(request.getName()).isEqualTo("GET /api/v1/datasets/{dataset_id}");
        assertThat(request.getParentSpanContext().isRemote()).isTrue();
        assertThat(request.getParentSpanId()).isEqualTo(CALLER_SPAN);
        SpanData useCase = named(trace, "GetDataset.handle");
        assertThat(useCase.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(useCase.getEvents()).anySatisfy(event -> assertThat(event.getName()).isEqualTo("exception"));
        assertThat(ofKind(trace, SpanKind.CLIENT)).anySatisfy(select -> {
            assertThat(select.getName()).startsWith("SELECT").contains("datasets");
            assertThat(select.getParentSpanId()).isEqualTo(useCase.getSpanId());
        });
    }

    @Test
    void workOutsideRequestsStartsNoTrace() {
        corpora.finishDeletions();
        for (String probe : List.of("/health", "/health/readiness", "/health/liveness", "/metrics")) {
            assertThat(RawHttp.send("GET", corpora.managementUrl() + probe, null, null).statusCode()).as(probe)
                    .isEqualTo(200);
        }
        assertThat(RawHttp.send("GET", corpora.baseUrl() + "/health", null, null).statusCode()).isEqualTo(200);

        assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    private HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(URI.create(corpora.baseUrl() + path)).header("Authorization", bearer)
                .header("Content-Type", "application/json");
    }

    private static HttpResponse<String> call(HttpRequest.Builder request) {
        return RawHttp.exchange(request);
    }

    /** The spans finished so far, once the request's own has: it may end just after the answer left. */
    private List<SpanData> finishedSpans() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (ofKind(spans.getFinishedSpanItems(), SpanKind.SERVER).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        return spans.getFinishedSpanItems();
    }

    private static List<SpanData> ofKind(List<SpanData> trace, SpanKind kind) {
        return trace.stream().filter(span -> span.getKind() == kind).toList();
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind) {
        assertThat(ofKind(trace, kind)).as("%s spans in %s", kind, trace).hasSize(1);
        return ofKind(trace, kind).get(0);
    }

    private static SpanData named(List<SpanData> trace, String name) {
        List<SpanData> named = trace.stream().filter(span -> span.getName().equals(name)).toList();
        assertThat(named).as("spans named %s in %s", name, trace).hasSize(1);
        return named.get(0);
    }
}
