package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The management port as an operator and a scraper use it: health in its three forms and Prometheus metrics,
 * without a token; and none of it on the API port, nor the API on the management port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ManagementSystemContract {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private TestDatabase database;
    private RunningCorpora corpora;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        corpora = new RunningCorpora(database, Map.of());
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void healthShowsTheDatabaseAndTheDiskWithoutAToken() {
        HttpResponse<String> health = management("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\"").contains("\"diskSpace\"")
                .contains("\"reachable\":true").contains("\"free\"");
    }

    @Test
    void livenessAndReadinessAnswerWithoutAToken() {
        for (String probe : List.of("/health/liveness", "/health/readiness")) {
            HttpResponse<String> answer = management(probe);

            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
        }
        assertThat(management("/health/readiness").body()).contains("\"database\"");
        assertThat(management("/health/liveness").body()).doesNotContain("\"database\"");
    }

    @Test
    void metricsAreInPrometheusTextWithoutAToken() {
        HttpResponse<String> metrics = management("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("jvm_gc_").contains("jvm_threads_live_threads").contains("hikaricp_connections");
    }

    @Test
    void managementEndpointsAreNotOnTheApiPortNorTheApiOnTheManagementPort() {
        String admin = corpora.adminBearer();
        for (String path : List.of("/metrics", "/prometheus", "/health/liveness", "/health/readiness")) {
            assertThat(RawHttp.send("GET", corpora.baseUrl() + path, admin, null).statusCode()).as(path)
                    .isEqualTo(404);
        }
        assertThat(RawHttp.send("GET", corpora.baseUrl() + "/health", null, null).body())
                .isEqualTo("{\"status\":\"UP\"}");
        for (String path : List.of("/api/v1/encoders", "/api/v1/datasets", "/openapi.yml", "/docs")) {
            assertThat(RawHttp.send("GET", corpora.managementUrl() + path, admin, null).statusCode()).as(path)
                    .isIn(401, 404);
        }
    }

    @Test
    void aScriptedScenarioShowsInTheMetricsByRouteTemplateAndOutcome() throws InterruptedException {
        String admin = corpora.adminBearer();
        RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                RunningCorpora.basic(RunningCorpora.ADMIN_ID, "not-the-secret"), null);
        HttpResponse<String> created = RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", admin,
                "{\"name\":\"" + RunningCorpora.uniqueName("Scraped") + "\",\"encoder_name\":\"multimodal\"}");
        Matcher idMatch = ID.matcher(created.body());
        assertThat(idMatch.find()).as(created.body()).isTrue();
        String id = idMatch.group(1);
        String dataset = corpora.baseUrl() + "/api/v1/datasets/" + id;
        assertThat(RawHttp.send("PATCH", dataset, admin, "{\"description\":\"scraped\"}").statusCode())
                .isEqualTo(200);
        assertThat(RawHttp.send("DELETE", dataset, admin, null).statusCode()).isEqualTo(200);
        // The worker may finish the deletion before the repeat arrives: then the dataset is gone and it is a 404.
        assertThat(RawHttp.send("DELETE", dataset, admin, null).statusCode()).as("a repeat, no new start")
                .isIn(200, 404);
        assertThat(RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", admin,
                "{\"encoder_name\":\"multimodal\"}").statusCode()).isEqualTo(422);
        assertThat(RawHttp.send("GET", corpora.baseUrl() + "/api/v1/datasets?limit=5", admin, null).statusCode())
                .isEqualTo(200);

        String metrics = metricsOnceTheWorkerHasFinished();

        assertThat(metrics)
                .containsPattern("corpora_datasets_creations_total(\\{[^}]*})? [1-9]")
                .containsPattern("corpora_datasets_updates_total(\\{[^}]*})? [1-9]")
                .containsPattern("corpora_datasets_deletions_started_total(\\{[^}]*})? 1.0\n")
                .containsPattern("corpora_datasets_deletions_completed_total(\\{[^}]*})? [1-9]")
                .containsPattern("corpora_datasets_deletion_backlog(\\{[^}]*})? ")
                .containsPattern("corpora_logins_total\\{[^}]*outcome=\"success\"[^}]*} [1-9]")
                .containsPattern("corpora_logins_total\\{[^}]*outcome=\"invalid_credentials\"[^}]*} [1-9]")
                .containsPattern("corpora_validation_failures_total\\{[^}]*type=\"missing\"[^}]*} [1-9]")
                .containsPattern("corpora_requests_throttled_total(\\{[^}]*})? ")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"PATCH\"[^}]*status=\"200\""
                        + "[^}]*uri=\"/api/v1/datasets/\\{dataset_id}\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\""
                        + "[^}]*uri=\"/api/v1/datasets\"")
                .doesNotContain(id);
    }

    @Test
    void throttledLoginsAreCountedAsLoginsAndAs429s() {
        String client = RunningCorpora.uniqueName("guessed");
        corpora.addClient(client, "the-right-secret", RunningCorpora.ORG, Set.of(Role.READER));
        for (int i = 0; i < 11; i++) {
            RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login", RunningCorpora.basic(client, "guess-" + i),
                    null);
        }

        assertThat(management("/metrics").body())
                .containsPattern("corpora_logins_total\\{[^}]*outcome=\"throttled\"[^}]*} [1-9]")
                .containsPattern("corpora_requests_throttled_total(\\{[^}]*})? [1-9]");
    }

    /** The worker runs every 200 ms in these tests; the counter says when it has finished the deletion. */
    private String metricsOnceTheWorkerHasFinished() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        String metrics = management("/metrics").body();
        while (!Pattern.compile("corpora_datasets_deletions_completed_total(\\{[^}]*})? [1-9]").matcher(metrics)
                .find() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            metrics = management("/metrics").body();
        }
        return metrics;
    }

    private HttpResponse<String> management(String path) {
        return RawHttp.send("GET", corpora.managementUrl() + path, null, null);
    }
}
