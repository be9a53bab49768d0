package dev.corpora.bootstrap.system;

import static dev.corpora.bootstrap.system.CreateDatasetSystemContract.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.client.ApiException;
import dev.corpora.client.api.DatasetsApi;
import dev.corpora.client.model.DatasetResponse;
import dev.corpora.client.model.DatasetStatusEnum;
import dev.corpora.client.model.DatasetUpdateRequest;
import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two application instances on one PostgreSQL, as in production: the database decides every race. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTwoInstancesSystemTest {
    private TestDatabase database;
    private RunningCorpora first;
    private RunningCorpora second;
    private DatasetsApi viaFirst;
    private DatasetsApi viaSecond;

    @BeforeAll
    void start() {
        database = PostgresTestDatabase.create();
        first = new RunningCorpora(database);
        second = new RunningCorpora(database);
        first.addClient("writer", "secret", "org-shared", Set.of(Role.WRITER));
        viaFirst = new DatasetsApi(first.clientFor("writer", "secret"));
        viaSecond = new DatasetsApi(second.clientFor("writer", "secret"));
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(first, second, database);
    }

    @Test
    void parallelCreatesOfOneNameThroughBothInstancesLetExactlyOneWin() throws Exception {
        String name = RunningCorpora.uniqueName("Race");
        List<Integer> statuses = inParallel(20, i -> (i % 2 == 0 ? viaFirst : viaSecond)
                .createDataset(minimal(i % 3 == 0 ? name.toUpperCase() : name), null));

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void parallelRenamesToOneNameThroughBothInstancesLetExactlyOneWin() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(viaFirst.createDataset(minimal(RunningCorpora.uniqueName("Rename")), null).getId());
        }
        String target = RunningCorpora.uniqueName("Target");
        List<Integer> statuses = inParallel(10, i -> (i % 2 == 0 ? viaFirst : viaSecond)
                .updateDatasetById(ids.get(i), new DatasetUpdateRequest().name(target), null, null));

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void deletionWorkersOfBothInstancesFinishEachDatasetOnce() throws Exception {
        List<DatasetResponse> deleting = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            DatasetResponse created = viaFirst.createDataset(minimal(RunningCorpora.uniqueName("Gone")), null);
            deleting.add((i % 2 == 0 ? viaFirst : viaSecond).deleteDatasetById(created.getId(), null, null));
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<DatasetResponse> finished = List.of();
        while (Instant.now().isBefore(deadline)) {
            finished = new ArrayList<>();
            for (DatasetResponse dataset : deleting) {
                finished.add(viaSecond.getDatasetById(dataset.getId(), true));
            }
            if (finished.stream().allMatch(d -> d.getStatus() == DatasetStatusEnum.DELETED)) {
                break;
            }
            Thread.sleep(200);
        }

        assertThat(finished).hasSize(30).allMatch(d -> d.getStatus() == DatasetStatusEnum.DELETED);
        // created at version 1, deleting at 2: finished exactly once means exactly version 3
        for (DatasetResponse dataset : finished) {
            assertThat(viaFirst.getDatasetByIdWithHttpInfo(dataset.getId(), true).getHeaders().get("etag"))
                    .containsExactly("\"3\"");
        }
    }

    /**
     * 50 creates with one Idempotency-Key at once, spread over both instances: the database lets one run; every
     * other answer is that dataset again (replayed) or 409 while it still ran, and one dataset exists.
     */
    @Test
    void fiftyParallelCreatesWithOneKeyThroughBothInstancesMakeOneDataset() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = RunningCorpora.uniqueName("Keyed");
        String body = "{\"name\": \"" + name + "\", \"encoder_name\": \"multimodal\"}";
        String bearer = "Bearer " + first.login("writer", "secret");
        List<Callable<java.net.http.HttpResponse<String>>> creates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RunningCorpora via = i % 2 == 0 ? first : second;
            creates.add(() -> RawHttp.send("POST", via.baseUrl() + "/api/v1/datasets", bearer, body,
                    "Idempotency-Key", key));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<java.net.http.HttpResponse<String>> answers = new ArrayList<>();
        try {
            for (Future<java.net.http.HttpResponse<String>> answer : pool.invokeAll(creates)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // all 200 is a valid outcome too: the first create may finish before any other starts, leaving only replays
        assertThat(answers).extracting(java.net.http.HttpResponse::statusCode).isSubsetOf(200, 409).contains(200);
        List<java.net.http.HttpResponse<String>> created = answers.stream().filter(a -> a.statusCode() == 200)
                .toList();
        assertThat(created).extracting(java.net.http.HttpResponse::body).containsOnly(created.get(0).body());
        assertThat(created).filteredOn(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty()).hasSize(1);
        java.net.http.HttpResponse<String> replay = RawHttp.send("POST", second.baseUrl() + "/api/v1/datasets",
                bearer, body, "Idempotency-Key", key);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(created.get(0).body());
        assertThat(RawHttp.send("GET", first.baseUrl() + "/api/v1/datasets?name_pattern=" + name, bearer, null)
                .body()).containsPattern("\"total\":1[,}]");
    }

    private interface Call {
        Object run(int index) throws ApiException;
    }

    private static List<Integer> inParallel(int count, Call call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            calls.add(() -> {
                try {
                    call.run(index);
                    return 200;
                } catch (ApiException e) {
                    return e.getCode();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The allowance of failed logins is kept in the database: failures through either instance spend it. */
    @Test
    void failedLoginsThroughBothInstancesShareOneAllowance() {
        String client = "throttled-" + UUID.randomUUID();
        first.addClient(client, "right-secret", "org-shared", Set.of(Role.READER));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            RunningCorpora via = i % 2 == 0 ? first : second;
            statuses.add(RawHttp.send("POST", via.baseUrl() + "/api/v0/login",
                    RunningCorpora.basic(client, "wrong-secret-" + i), null).statusCode());
        }

        assertThat(statuses).containsOnly(401);
        for (RunningCorpora via : List.of(first, second)) {
            java.net.http.HttpResponse<String> refused = RawHttp.send("POST", via.baseUrl() + "/api/v0/login",
                    RunningCorpora.basic(client, "right-secret"), null);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            assertThat(refused.body()).contains("\"detail\"").doesNotContain("access_token");
        }
    }
}
