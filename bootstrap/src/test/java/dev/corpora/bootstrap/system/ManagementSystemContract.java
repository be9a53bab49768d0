package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.persistence.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
        if (corpora != null) {
            corpora.close();
        }
        if (database != null) {
            database.close();
        }
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
        String admin = "Bearer " + corpora.login(RunningCorpora.ADMIN_ID, RunningCorpora.ADMIN_SECRET);
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

    private HttpResponse<String> management(String path) {
        return RawHttp.send("GET", corpora.managementUrl() + path, null, null);
    }
}
