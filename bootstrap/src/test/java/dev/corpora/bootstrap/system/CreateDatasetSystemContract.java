package dev.corpora.bootstrap.system;

import static dev.corpora.bootstrap.system.RunningCorpora.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpora.client.ApiClient;
import dev.corpora.client.ApiException;
import dev.corpora.client.ApiResponse;
import dev.corpora.client.api.DatasetsApi;
import dev.corpora.client.api.EncodersApi;
import dev.corpora.client.model.AssetTypeEnum;
import dev.corpora.client.model.DatasetConfig;
import dev.corpora.client.model.DatasetCreateRequest;
import dev.corpora.client.model.DatasetResponse;
import dev.corpora.client.model.DatasetStatusEnum;
import dev.corpora.client.model.EncoderDescription;
import dev.corpora.client.model.HybridSearchConfig;
import dev.corpora.client.model.KeyframeSamplingMethodEnum;
import dev.corpora.client.model.VisualEncoderNameEnum;
import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Create, get, encoders and login over HTTP through the generated client, as a consumer would call them, against
 * the runnable application on each supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CreateDatasetSystemContract {
    private TestDatabase database;
    protected RunningCorpora corpora;
    private DatasetsApi admin;
    private DatasetsApi writer;
    private DatasetsApi reader;
    private DatasetsApi otherOrganization;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        corpora = new RunningCorpora(database);
        corpora.addClient("writer", "writer-secret", RunningCorpora.ORG, Set.of(Role.WRITER));
        corpora.addClient("reader", "reader-secret", RunningCorpora.ORG, Set.of(Role.READER));
        corpora.addClient("stranger", "stranger-secret", "org-other", Set.of(Role.WRITER));
        admin = new DatasetsApi(corpora.clientFor(RunningCorpora.ADMIN_ID, RunningCorpora.ADMIN_SECRET));
        writer = new DatasetsApi(corpora.clientFor("writer", "writer-secret"));
        reader = new DatasetsApi(corpora.clientFor("reader", "reader-secret"));
        otherOrganization = new DatasetsApi(corpora.clientFor("stranger", "stranger-secret"));
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void minimalCreateAnswersTheDatasetWithDefaultsAndAnETag() throws ApiException {
        String name = uniqueName("Minimal");
        ApiResponse<DatasetResponse> response = writer.createDatasetWithHttpInfo(minimal(name), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders().get("etag")).containsExactly("\"1\"");
        DatasetResponse dataset = response.getData();
        assertThat(dataset.getName()).isEqualTo(name);
        assertThat(dataset.getStatus()).isEqualTo(DatasetStatusEnum.ACTIVE);
        assertThat(dataset.getAllowedAssetTypes()).containsExactly(AssetTypeEnum.IMAGE, AssetTypeEnum.VIDEO);
        assertThat(dataset.getKeyframeSamplingMethod()).isEqualTo(KeyframeSamplingMethodEnum.INTELLIGENT);
        assertThat(dataset.getKeyframeUniformFpsSamplingRate()).isNull();
        assertThat(dataset.getStoreOriginal()).isTrue();
        assertThat(dataset.getStorePreview()).isTrue();
        assertThat(dataset.getCreatedBy()).isEqualTo("writer");
        assertThat(dataset.getCreatedDt()).isNotNull();
        assertThat(dataset.getEncoders()).singleElement().satisfies(encoder -> {
            assertThat(encoder.getName()).isEqualTo("multimodal");
            assertThat(encoder.getModalities()).containsExactly("image", "video");
        });
        assertThat(dataset.getEmbeddings()).isEqualTo(dataset.getEncoders());
        assertThat(dataset.getDatasetConfig().getEncoderName())
                .isEqualTo(Map.of("image", "multimodal", "video", "multimodal"));
        assertThat(dataset.getDatasetConfig().getEmbeddingId().values())
                .containsOnly(dataset.getEncoders().get(0).getId());
    }

    @Test
    void fullCreateKeepsEveryFieldAndGetAnswersTheSame() throws ApiException {
        String name = uniqueName("Full");
        UUID resnet = UUID.fromString("c174c32c-0307-5b5d-ae13-108d59bcadbc");
        DatasetCreateRequest request = new DatasetCreateRequest().name(name)
                .encoderName(VisualEncoderNameEnum.RESNET_50).description("Frames from the archive")
                .allowedAssetTypes(List.of(AssetTypeEnum.VIDEO, AssetTypeEnum.VIDEO))
                .keyframeSamplingMethod(KeyframeSamplingMethodEnum.UNIFORM)
                .keyframeUniformFpsSamplingRate(0.5).storeOriginal(false).storePreview(true)
                .metadataFieldsToIndex(List.of("title", "year")).metadataFieldsToEmbed(List.of("title"))
                .datasetConfig(new DatasetConfig().embeddingId(Map.of("video", resnet))
                        .encoderName(Map.of("video", "resnet-50"))
                        .hybridSearch(new HybridSearchConfig().weights(Map.of("video", 1.0)))
                        .celebrityDetectionEnabled(true).assetIdentifierKey("asset_key"));

        DatasetResponse created = writer.createDataset(request, null);

        assertThat(created.getDescription()).isEqualTo("Frames from the archive");
        assertThat(created.getAllowedAssetTypes()).containsExactly(AssetTypeEnum.VIDEO);
        assertThat(created.getKeyframeSamplingMethod()).isEqualTo(KeyframeSamplingMethodEnum.UNIFORM);
        assertThat(created.getKeyframeUniformFpsSamplingRate()).isEqualTo(0.5);
        assertThat(created.getStoreOriginal()).isFalse();
        assertThat(created.getMetadataFieldsToIndex()).containsExactly("title", "year");
        assertThat(created.getDatasetConfig().getMetadataFieldsToIndex()).containsExactly("title", "year");
        assertThat(created.getDatasetConfig().getCelebrityDetectionEnabled()).isTrue();
        assertThat(created.getDatasetConfig().getContextStudioEnabled()).isFalse();
        assertThat(created.getDatasetConfig().getHybridSearch().getWeights()).isEqualTo(Map.of("video", 1.0));
        assertThat(writer.getDatasetById(created.getId(), null)).isEqualTo(created);
    }

    @Test
    void uniformWithoutARateSamplesOneFramePerSecond() throws ApiException {
        DatasetResponse created = writer.createDataset(minimal(uniqueName("Uniform"))
                .keyframeSamplingMethod(KeyframeSamplingMethodEnum.UNIFORM), null);
        assertThat(created.getKeyframeUniformFpsSamplingRate()).isEqualTo(1.0);
    }

    @Test
    void sameNameInAnyCaseInTheOrganizationConflicts() throws ApiException {
        String name = uniqueName("Taken");
        writer.createDataset(minimal(name), null);

        assertStatus(() -> writer.createDataset(minimal(name.toUpperCase()), null), 409);
        assertStatus(() -> writer.createDataset(minimal(name), null), 409);
    }

    @Test
    void sameNameInAnotherOrganizationIsAllowed() throws ApiException {
        String name = uniqueName("Shared");
        writer.createDataset(minimal(name), null);
        assertThat(otherOrganization.createDataset(minimal(name), null).getName()).isEqualTo(name);
    }

    @Test
    void anotherOrganizationsDatasetIsNotFound() throws ApiException {
        DatasetResponse mine = writer.createDataset(minimal(uniqueName("Mine")), null);
        assertStatus(() -> otherOrganization.getDatasetById(mine.getId(), null), 404);
        assertStatus(() -> writer.getDatasetById(UUID.randomUUID(), null), 404);
    }

    @Test
    void readerMayReadButNotCreate() throws ApiException {
        DatasetResponse created = writer.createDataset(minimal(uniqueName("Readable")), null);
        assertThat(reader.getDatasetById(created.getId(), false).getId()).isEqualTo(created.getId());
        assertStatus(() -> reader.createDataset(minimal(uniqueName("Forbidden")), null), 403);
    }

    @Test
    void onlyAnAdminMayChooseTheDatasetId() throws ApiException {
        UUID id = UUID.randomUUID();
        assertStatus(() -> writer.createDataset(minimal(uniqueName("Chosen")).datasetId(id), null), 403);

        assertThat(admin.createDataset(minimal(uniqueName("Chosen")).datasetId(id), null).getId()).isEqualTo(id);
        assertStatus(() -> admin.createDataset(minimal(uniqueName("Again")).datasetId(id), null), 409);
    }

    @Test
    void everyProblemOfABadRequestIsListed() {
        HttpResponse<String> response = post("{\"name\":\"bad-name\",\"encoder_name\":\"audio\","
                + "\"allowed_asset_types\":[\"image\",null,\"sound\"],\"keyframe_uniform_fps_sampling_rate\":9,"
                + "\"metadata_fields_to_index\":[\"a\",\"a\"],\"description\":\"" + "x".repeat(2001) + "\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains(
                "{\"loc\":[\"body\",\"name\"]", "\"string_pattern_mismatch\"",
                "{\"loc\":[\"body\",\"encoder_name\"]", "\"enum\"",
                "{\"loc\":[\"body\",\"allowed_asset_types\",1]", "{\"loc\":[\"body\",\"allowed_asset_types\",2]",
                "{\"loc\":[\"body\",\"keyframe_uniform_fps_sampling_rate\"]", "\"less_than_equal\"",
                "{\"loc\":[\"body\",\"metadata_fields_to_index\",1]",
                "{\"loc\":[\"body\",\"description\"]", "\"string_too_long\"");
    }

    @Test
    void missingRequiredFieldsAreListedAsMissing() {
        HttpResponse<String> response = post("{}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("{\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"type\":\"missing\"}",
                "{\"loc\":[\"body\",\"encoder_name\"],\"msg\":\"Field required\",\"type\":\"missing\"}");
    }

    @Test
    void malformedJsonEmptyBodyAndWrongJsonTypeAre422() {
        assertThat(post("{\"name\":")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("\"type\":\"json_invalid\"");
        });
        assertThat(post(null)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("\"loc\":[\"body\"]", "\"type\":\"missing\"");
        });
        assertThat(post("{\"name\":\"x\",\"encoder_name\":\"multimodal\",\"allowed_asset_types\":\"image\"}"))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(422));
        assertThat(post("[1,2]").statusCode()).isEqualTo(422);
    }

    @Test
    void aBadUuidInThePathIs422() {
        HttpResponse<String> response = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/datasets/not-a-uuid",
                "Bearer " + corpora.login("writer", "writer-secret"), null);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"loc\":[\"path\",\"dataset_id\"]", "\"uuid_parsing\"");
    }

    @Test
    void serverOwnedFieldsSentByTheClientAreIgnored() {
        HttpResponse<String> response = post("{\"name\":\"" + uniqueName("Owned") + "\",\"encoder_name\":"
                + "\"multimodal\",\"status\":\"deleted\",\"created_by\":\"mallory\",\"id\":\"" + UUID.randomUUID()
                + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"active\"", "\"created_by\":\"writer\"");
    }

    @Test
    void requestsWithoutAValidTokenAre401WithABearerChallenge() {
        String url = corpora.baseUrl() + "/api/v1/encoders";
        String claims = Tokens.claims(RunningCorpora.ISSUER, Tokens.inAnHour(), "[\"reader\"]");
        List<String> refused = List.of(
                "Bearer not.a.jwt",
                "Bearer " + Tokens.unsigned(claims),
                "Bearer " + Tokens.signed(claims, "another-secret-that-is-also-32-bytes-long"),
                "Bearer " + Tokens.signed(Tokens.claims(RunningCorpora.ISSUER, 1_000_000, "[\"reader\"]"),
                        RunningCorpora.JWT_SECRET),
                "Bearer " + Tokens.signed(Tokens.claims("someone-else", Tokens.inAnHour(), "[\"reader\"]"),
                        RunningCorpora.JWT_SECRET));

        assertThat(RawHttp.send("GET", url, null, null)).satisfies(RawResponses::isBearerChallenge);
        for (String authorization : refused) {
            assertThat(RawHttp.send("GET", url, authorization, null)).as(authorization)
                    .satisfies(RawResponses::isBearerChallenge);
        }
        assertThat(RawHttp.send("GET", url, "Bearer " + Tokens.signed(claims, RunningCorpora.JWT_SECRET), null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void loginWithWrongCredentialsIs401AndBasicIsRefusedOutsideLogin() {
        HttpResponse<String> wrong = RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                RunningCorpora.basic("writer", "wrong"), null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(wrong.body()).contains("\"detail\"");

        assertThat(RawHttp.send("GET", corpora.baseUrl() + "/api/v1/encoders",
                RunningCorpora.basic("writer", "writer-secret"), null)).satisfies(RawResponses::isBearerChallenge);
        assertThat(RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                RunningCorpora.basic("writer", "writer-secret"), "{\"grant_type\":\"password\"}").statusCode())
                .isEqualTo(422);
    }

    @Test
    void encoderCatalogListsAllNine() throws ApiException {
        ApiClient client = corpora.clientFor("reader", "reader-secret");
        List<EncoderDescription> encoders = new EncodersApi(client).listAvailableEncoders();
        assertThat(encoders).hasSize(9);
        assertThat(encoders).extracting(e -> e.getName().getValue(), e -> e.getModality().getValue())
                .contains(tuple("multimodal", "image"), tuple("text-llm", "audio_speech_to_text"));
    }

    private HttpResponse<String> post(String json) {
        return RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets",
                "Bearer " + corpora.login("writer", "writer-secret"), json);
    }

    static DatasetCreateRequest minimal(String name) {
        return new DatasetCreateRequest().name(name).encoderName(VisualEncoderNameEnum.MULTIMODAL);
    }

    static void assertStatus(ThrowingCall call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(status);
            assertThat(e.getResponseBody()).contains("\"detail\"");
        });
    }

    interface ThrowingCall {
        void run() throws Exception;
    }
}
