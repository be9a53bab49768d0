package dev.corpora.bootstrap.system;

import static dev.corpora.bootstrap.system.RunningCorpora.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.idempotency.BeginIdempotentRequest;
import dev.corpora.application.idempotency.FinishIdempotentRequest;
import dev.corpora.application.idempotency.RequestFingerprint;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code Idempotency-Key} on create, update and delete over HTTP, against the runnable application on each
 * supported database: replays, reused keys, organizations, what is not kept, and a replay after a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdempotencySystemContract {
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private TestDatabase database;
    private RunningCorpora corpora;
    private String writer;
    private String reader;
    private String stranger;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        corpora = new RunningCorpora(database);
        corpora.addClient("writer", "writer-secret", RunningCorpora.ORG, Set.of(Role.WRITER));
        corpora.addClient("reader", "reader-secret", RunningCorpora.ORG, Set.of(Role.READER));
        corpora.addClient("stranger", "stranger-secret", "org-other", Set.of(Role.WRITER));
        writer = "Bearer " + corpora.login("writer", "writer-secret");
        reader = "Bearer " + corpora.login("reader", "reader-secret");
        stranger = "Bearer " + corpora.login("stranger", "stranger-secret");
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void aRepeatedCreateAnswersTheSameStatusBodyAndETagAndMakesNoSecondDataset() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("Once");
        HttpResponse<String> first = create(writer, key, name);
        HttpResponse<String> again = create(writer, key, name);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue(REPLAYED)).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(countNamed(writer, name)).isEqualTo(1);
    }

    @Test
    void aReplayAnswersTheKeptAnswerEvenAfterTheDatasetChanged() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("Kept");
        HttpResponse<String> first = create(writer, key, name);
        assertThat(RawHttp.send("PATCH", datasetUrl(idOf(first)), writer, "{\"description\": \"changed\"}")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> again = create(writer, key, name);

        assertThat(again.body()).isEqualTo(first.body()).doesNotContain("changed");
        assertThat(again.headers().firstValue("ETag")).contains("\"1\"");
    }

    @Test
    void theSameKeyWithAnotherBodyMethodOrPathIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("First");
        String id = idOf(create(writer, key, name));
        String otherName = uniqueName("Second");

        for (HttpResponse<String> reused : new HttpResponse[] {
                create(writer, key, otherName),
                RawHttp.send("PATCH", datasetUrl(id), writer, "{\"description\": \"x\"}", KEY, key),
                RawHttp.send("DELETE", datasetUrl(id), writer, null, KEY, key)}) {
            assertThat(reused.statusCode()).isEqualTo(422);
            assertThat(reused.body()).contains("\"loc\":[\"header\",\"Idempotency-Key\"]").contains("\"detail\":[");
            assertThat(reused.headers().firstValue(REPLAYED)).isEmpty();
        }
        assertThat(countNamed(writer, otherName)).isZero();
        assertThat(RawHttp.send("GET", datasetUrl(id), writer, null).body()).contains("\"status\":\"active\"")
                .doesNotContain("\"description\":\"x\"");
    }

    @Test
    void anotherOrganizationsSameKeyIsItsOwn() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("Shared");
        HttpResponse<String> mine = create(writer, key, name);
        HttpResponse<String> theirs = create(stranger, key, name);

        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(idOf(theirs)).isNotEqualTo(idOf(mine));
        assertThat(countNamed(stranger, name)).isEqualTo(1);
        assertThat(create(writer, key, name).headers().firstValue(REPLAYED)).contains("true");
    }

    @Test
    void aRepeatedUpdateReplaysItsAnswerAndMakesNoSecondChange() {
        String id = idOf(create(writer, UUID.randomUUID().toString(), uniqueName("Patched")));
        String key = UUID.randomUUID().toString();
        String patch = "{\"description\": \"once\"}";
        HttpResponse<String> first = RawHttp.send("PATCH", datasetUrl(id), writer, patch, KEY, key);
        HttpResponse<String> again = RawHttp.send("PATCH", datasetUrl(id), writer, patch, KEY, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue(REPLAYED)).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(RawHttp.send("GET", datasetUrl(id), writer, null).headers().firstValue("ETag")).contains("\"2\"");
    }

    @Test
    void aRepeatedDeleteReplaysItsAnswerAlsoOnceTheDatasetIsGone() {
        String id = idOf(create(writer, UUID.randomUUID().toString(), uniqueName("Doomed")));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = RawHttp.send("DELETE", datasetUrl(id), writer, null, KEY, key);
        corpora.finishDeletions();
        HttpResponse<String> again = RawHttp.send("DELETE", datasetUrl(id), writer, null, KEY, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"status\":\"deleting\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue(REPLAYED)).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(RawHttp.send("DELETE", datasetUrl(id), writer, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aKeyOfTheWrongShapeIsRejectedAtTheEdgeInThe422Envelope() {
        HttpResponse<String> tooLong = create(writer, "k".repeat(256), uniqueName("Long"));

        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"loc\":[\"header\",\"Idempotency-Key\"]")
                .contains("\"type\":\"string_too_long\"");
    }

    @Test
    void aRequestRefusedBeforeItRanKeepsNothingSoARetryRuns() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("Refused");
        assertThat(create(reader, key, name).statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", writer,
                "{\"name\": \"a-b\", \"encoder_name\": \"multimodal\"}", KEY, key);
        assertThat(invalid.statusCode()).isEqualTo(422);

        HttpResponse<String> retried = create(writer, key, name);

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.headers().firstValue(REPLAYED)).isEmpty();
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIs409AndRunsNothing() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("Running");
        String body = "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\"}";
        // the first request, begun as the filter begins it and not yet finished
        BeginIdempotentRequest.Begun begun = corpora.bean(BeginIdempotentRequest.class).orElseThrow().handle(
                new Actor("writer", new OrganizationId(RunningCorpora.ORG), Set.of(Role.WRITER)), key,
                RequestFingerprint.of("POST", "/api/v1/datasets", body));
        assertThat(begun).isInstanceOf(BeginIdempotentRequest.Begun.Proceed.class);

        HttpResponse<String> meanwhile = RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", writer, body,
                KEY, key);

        assertThat(meanwhile.statusCode()).isEqualTo(409);
        assertThat(meanwhile.body()).contains("\"detail\":\"");
        assertThat(countNamed(writer, name)).isZero();
        corpora.bean(FinishIdempotentRequest.class).orElseThrow()
                .handle(((BeginIdempotentRequest.Begun.Proceed) begun).claim(), Optional.empty());
        assertThat(RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", writer, body, KEY, key)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aReplayAfterARestartOnTheSameDatabaseAnswersTheKeptAnswer() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName("Restart");
        HttpResponse<String> first = create(writer, key, name);

        corpora.close();
        corpora = new RunningCorpora(database);
        HttpResponse<String> again = create(writer, key, name);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue(REPLAYED)).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(countNamed(writer, name)).isEqualTo(1);
    }

    private HttpResponse<String> create(String bearer, String key, String name) {
        return RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", bearer,
                "{\"name\": \"" + name + "\", \"encoder_name\": \"multimodal\"}", KEY, key);
    }

    private String datasetUrl(String id) {
        return corpora.baseUrl() + "/api/v1/datasets/" + id;
    }

    private long countNamed(String bearer, String name) {
        String page = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/datasets?name_pattern=" + name, bearer, null)
                .body();
        Matcher total = TOTAL.matcher(page);
        assertThat(total.find()).as("a total in %s", page).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static String idOf(HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).as("an id in %s", response.body()).isTrue();
        return id.group(1);
    }
}
