package dev.corpora.bootstrap.system;

import static dev.corpora.bootstrap.system.RunningCorpora.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a new user meets who sends a bad request, on each supported database: every problem of the request in
 * one 422, each at its full location with its word, text the database cannot store refused, and nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RequestValidationSystemContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MULTIMODAL_ID = "2ef58577-557b-5edf-8ad8-8cf6254c0480";

    private TestDatabase database;
    private RunningCorpora corpora;
    private String writer;
    private String datasetUrl;
    private long datasetsBefore;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        corpora = new RunningCorpora(database);
        String organization = uniqueName("org_validation");
        corpora.addClient("validation-writer", "secret", organization, Set.of(Role.WRITER));
        writer = "Bearer " + corpora.login("validation-writer", "secret");
        HttpResponse<String> created = send("POST", "/api/v1/datasets",
                "{\"name\":\"" + uniqueName("Target") + "\",\"encoder_name\":\"multimodal\"}");
        datasetUrl = "/api/v1/datasets/" + read(created.body()).path("id").asText();
    }

    @BeforeEach
    void countDatasets() {
        datasetsBefore = total();
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void aWrongTypeIsListedBesideABadEncoder() {
        assertProblems(send("POST", "/api/v1/datasets", "{\"name\": 5, \"encoder_name\": \"nope\"}"),
                "body.name string_type", "body.encoder_name enum");
        assertNothingStored();
    }

    @Test
    void everyWrongValueOfABodyIsListed() {
        assertProblems(send("POST", "/api/v1/datasets", "{\"name\":\"a b\",\"encoder_name\":\"multimodal\","
                        + "\"description\":7,\"store_original\":\"maybe\",\"allowed_asset_types\":\"image\"}"),
                "body.name string_pattern_mismatch", "body.description string_type",
                "body.store_original bool_parsing", "body.allowed_asset_types list_type");
        assertNothingStored();
    }

    @Test
    void everyBadQueryValueIsListedAtItsName() {
        assertProblems(send("GET", "/api/v1/datasets?skip=-1&limit=abc&created_after=yesterday"
                        + "&store_original=perhaps", null),
                "query.store_original bool_parsing", "query.created_after datetime_parsing",
                "query.skip greater_than_equal", "query.limit int_parsing");
    }

    @Test
    void textWithANulCharacterIsRefusedNotStored() {
        assertProblems(send("POST", "/api/v1/datasets", "{\"name\":\"" + uniqueName("Nul") + "\","
                + "\"encoder_name\":\"multimodal\",\"description\":\"a\\u0000b\"}"), "body.description string_unicode");
        assertProblems(send("PATCH", datasetUrl, "{\"description\":\"a\\u0000b\"}"),
                "body.description string_unicode");
        assertProblems(send("GET", "/api/v1/datasets?name_pattern=%00", null), "query.name_pattern string_unicode");
        assertThat(read(send("GET", datasetUrl, null).body()).path("description").isNull()).isTrue();
        assertNothingStored();
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertProblems(send("POST", "/api/v1/datasets", "{\"name\":\"" + uniqueName("Half") + "\","
                        + "\"encoder_name\":\"multimodal\",\"metadata_fields_to_index\":[\"\\ud800\"]}"),
                "body.metadata_fields_to_index.0 string_unicode");
        assertNothingStored();
    }

    @Test
    void aHeadRequestIsCheckedLikeItsGet() {
        HttpResponse<String> head = RawHttp.exchange(request("/api/v1/datasets?name_pattern=%00")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(422);
    }

    @Test
    void aDateBeyondYear9999IsRefused() {
        assertProblems(send("GET", "/api/v1/datasets?created_after=%2B999999999-12-31T23:59:59Z", null),
                "query.created_after datetime_parsing");
        assertProblems(send("GET", "/api/v1/datasets?created_before=0000-12-31T23:59:59Z", null),
                "query.created_before datetime_parsing");
    }

    @Test
    void contentAfterTheJsonIsInvalidJson() {
        assertProblems(send("POST", "/api/v1/datasets", "{\"name\":\"" + uniqueName("Trailing") + "\","
                + "\"encoder_name\":\"multimodal\"} garbage"), "body json_invalid");
        assertNothingStored();
    }

    @Test
    void aBodyWithoutAJsonContentTypeIs415() {
        String body = "{\"name\":\"" + uniqueName("Untyped") + "\",\"encoder_name\":\"multimodal\"}";
        HttpResponse<String> response = RawHttp.exchange(request("/api/v1/datasets").POST(
                HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(read(response.body()).path("detail").asText()).contains("application/json");
        HttpResponse<String> text = RawHttp.exchange(request("/api/v1/datasets").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(text.statusCode()).isEqualTo(415);
        assertNothingStored();
    }

    @Test
    void aShapeProblemAndABusinessRuleAreListedTogether() {
        assertProblems(send("POST", "/api/v1/datasets", "{\"name\":\"bad-name\",\"encoder_name\":\"multimodal\","
                        + "\"metadata_fields_to_index\":[\"sku\",\"sku\"],\"dataset_config\":{\"embedding_id\":"
                        + "{\"image\":\"" + MULTIMODAL_ID + "\"},\"encoder_name\":{\"image\":\"resnet-50\"}}}"),
                "body.name string_pattern_mismatch", "body.metadata_fields_to_index.1 value_error",
                "body.dataset_config.encoder_name.image value_error");
        assertProblems(send("PATCH", datasetUrl, "{\"description\":5,\"dataset_config\":{\"embedding_id\":"
                        + "{\"image\":\"" + MULTIMODAL_ID + "\",\"video\":\"" + MULTIMODAL_ID + "\"},"
                        + "\"encoder_name\":{\"image\":\"resnet-50\",\"video\":\"multimodal\"}}}"),
                "body.description string_type", "body.dataset_config.encoder_name.image value_error");
        assertThat(read(send("GET", datasetUrl, null).body()).path("description").isNull()).isTrue();
        assertNothingStored();
    }

    @Test
    void aShapeProblemAloneStillStoresNothing() {
        String name = uniqueName("Long");
        assertProblems(send("POST", "/api/v1/datasets", "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\","
                + "\"description\":\"" + "x".repeat(2001) + "\"}"), "body.description string_too_long");
        assertProblems(send("PATCH", datasetUrl, "{\"name\":\"" + uniqueName("Renamed") + "\",\"status\":\"deleted\"}"),
                "body.status enum");
        assertThat(read(send("GET", datasetUrl, null).body()).path("name").asText()).startsWith("Target");
        assertNothingStored();
    }

    @Test
    void theSpecsExamplesAreAccepted() {
        JsonNode create = SpecShapes.SPEC.at(
                "/paths/~1api~1v1~1datasets/post/requestBody/content/application~1json/example");
        assertThat(create.isObject()).as("the spec has a create example").isTrue();
        HttpResponse<String> created = send("POST", "/api/v1/datasets", create.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode update = SpecShapes.SPEC.at(
                "/paths/~1api~1v1~1datasets~1{dataset_id}/patch/requestBody/content/application~1json/example");
        String url = "/api/v1/datasets/" + read(created.body()).path("id").asText();
        HttpResponse<String> updated = send("PATCH", url, update.toString());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        send("DELETE", url, null);
    }

    private void assertNothingStored() {
        assertThat(total()).isEqualTo(datasetsBefore);
    }

    private long total() {
        return read(send("GET", "/api/v1/datasets?limit=1&include_deleted=true", null).body())
                .at("/meta/page/total").asLong();
    }

    private static void assertProblems(HttpResponse<String> response, String... expected) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        List<String> found = new ArrayList<>();
        for (JsonNode problem : read(response.body()).path("detail")) {
            List<String> loc = new ArrayList<>();
            problem.path("loc").forEach(step -> loc.add(step.asText()));
            found.add(String.join(".", loc) + " " + problem.path("type").asText());
        }
        assertThat(found).as(response.body()).containsExactlyInAnyOrder(expected);
    }

    private HttpResponse<String> send(String method, String path, String json) {
        return RawHttp.send(method, corpora.baseUrl() + path, writer, json);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(corpora.baseUrl() + path)).header("Authorization", writer);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
