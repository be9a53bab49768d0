package dev.corpora.client.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.corpora.client.ApiClient;
import dev.corpora.client.ApiException;
import dev.corpora.client.ApiResponse;
import dev.corpora.client.api.AuthApi;
import dev.corpora.client.api.DatasetsApi;
import dev.corpora.client.api.EncodersApi;
import dev.corpora.client.model.AccessTokenResponse;
import dev.corpora.client.model.AssetTypeEnum;
import dev.corpora.client.model.DatasetConfig;
import dev.corpora.client.model.DatasetCreateRequest;
import dev.corpora.client.model.DatasetGetManyResponse;
import dev.corpora.client.model.DatasetResponse;
import dev.corpora.client.model.DatasetStatusEnum;
import dev.corpora.client.model.DatasetUpdateRequest;
import dev.corpora.client.model.DatasetUpdateRequestStatus;
import dev.corpora.client.model.EncoderDescription;
import dev.corpora.client.model.EncoderNameEnum;
import dev.corpora.client.model.HTTPError;
import dev.corpora.client.model.HTTPValidationError;
import dev.corpora.client.model.HybridSearchConfig;
import dev.corpora.client.model.KeyframeSamplingMethodEnum;
import dev.corpora.client.model.LoginRequest;
import dev.corpora.client.model.ModalityEnum;
import dev.corpora.client.model.PagedPageDetailsResponse;
import dev.corpora.client.model.ValidationError;
import dev.corpora.client.model.VisualEncoderNameEnum;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The consumer scenario of clients/scenario.md, step by step and in its order, through the generated Java client
 * against a running Corpora (CORPORA_URL). Later steps use what earlier ones created.
 */
@Tag("scenario")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsumerScenarioTest {
    private static final UUID MULTIMODAL_IMAGE_EMBEDDING = UUID.fromString("2ef58577-557b-5edf-8ad8-8cf6254c0480");
    private static final Duration DELETION_DEADLINE = Duration.ofSeconds(15);

    private final String prefix = ScenarioEnvironment.RUN_PREFIX;
    private ScenarioEnvironment environment;
    private String token;
    private DatasetResponse minimal;
    private DatasetResponse full;

    @BeforeAll
    void readEnvironment() {
        environment = ScenarioEnvironment.read();
    }

    @Test
    @Order(1)
    void step01LogIn() throws ApiException {
        ApiResponse<AccessTokenResponse> response = new AuthApi(environment.anonymousClient()).loginWithHttpInfo(
                new LoginRequest().grantType("client_credentials"), environment.basicAuthorization());

        assertThat(response.getStatusCode()).isEqualTo(200);
        AccessTokenResponse issued = response.getData();
        assertThat(issued.getAccessToken()).isNotBlank();
        assertThat(issued.getTokenType()).isEqualTo("Bearer");
        assertThat(issued.getExpiresIn()).isPositive();
        token = issued.getAccessToken();
    }

    @Test
    @Order(2)
    void step02CreateMinimal() throws ApiException {
        ApiResponse<DatasetResponse> response = datasets().createDatasetWithHttpInfo(new DatasetCreateRequest()
                .name(prefix + "minimal").encoderName(VisualEncoderNameEnum.MULTIMODAL), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(etagOf(response)).isEqualTo("\"1\"");
        minimal = response.getData();
        assertThat(minimal.getName()).isEqualTo(prefix + "minimal");
        assertThat(minimal.getStatus()).isEqualTo(DatasetStatusEnum.ACTIVE);
        assertThat(minimal.getAllowedAssetTypes()).containsExactly(AssetTypeEnum.IMAGE, AssetTypeEnum.VIDEO);
        assertThat(minimal.getKeyframeSamplingMethod()).isEqualTo(KeyframeSamplingMethodEnum.INTELLIGENT);
        assertThat(minimal.getStoreOriginal()).isTrue();
        assertThat(minimal.getStorePreview()).isTrue();
        assertThat(minimal.getDatasetConfig().getEncoderName())
                .isEqualTo(Map.of("image", "multimodal", "video", "multimodal"));
        assertThat(minimal.getEncoders().get(0).getName()).isEqualTo("multimodal");
    }

    @Test
    @Order(3)
    void step03CreateFull() throws ApiException {
        DatasetCreateRequest request = new DatasetCreateRequest().name(prefix + "full")
                .encoderName(VisualEncoderNameEnum.MULTIMODAL).description("Every field of a create")
                .allowedAssetTypes(List.of(AssetTypeEnum.IMAGE))
                .keyframeSamplingMethod(KeyframeSamplingMethodEnum.UNIFORM).keyframeUniformFpsSamplingRate(0.5)
                .storeOriginal(false).storePreview(true)
                .metadataFieldsToIndex(List.of("sku", "brand")).metadataFieldsToEmbed(List.of("title"))
                .addToPermit(true)
                .datasetConfig(new DatasetConfig().embeddingId(Map.of("image", MULTIMODAL_IMAGE_EMBEDDING))
                        .encoderName(Map.of("image", "multimodal")).celebrityDetectionEnabled(true)
                        .hybridSearch(new HybridSearchConfig().weights(Map.of("image", 1.0))));

        full = datasets().createDataset(request, null);

        assertThat(full.getName()).isEqualTo(prefix + "full");
        assertThat(full.getDescription()).isEqualTo("Every field of a create");
        assertThat(full.getAllowedAssetTypes()).containsExactly(AssetTypeEnum.IMAGE);
        assertThat(full.getKeyframeSamplingMethod()).isEqualTo(KeyframeSamplingMethodEnum.UNIFORM);
        assertThat(full.getKeyframeUniformFpsSamplingRate()).isEqualTo(0.5);
        assertThat(full.getStoreOriginal()).isFalse();
        assertThat(full.getStorePreview()).isTrue();
        assertThat(full.getMetadataFieldsToIndex()).containsExactly("sku", "brand");
        assertThat(full.getMetadataFieldsToEmbed()).containsExactly("title");
        DatasetConfig config = full.getDatasetConfig();
        assertThat(config.getEmbeddingId()).isEqualTo(Map.of("image", MULTIMODAL_IMAGE_EMBEDDING));
        assertThat(config.getEncoderName()).isEqualTo(Map.of("image", "multimodal"));
        assertThat(config.getCelebrityDetectionEnabled()).isTrue();
        assertThat(config.getHybridSearch().getWeights()).isEqualTo(Map.of("image", 1.0));
    }

    @Test
    @Order(4)
    void step04Get() throws ApiException {
        assertThat(datasets().getDatasetById(full.getId(), null)).isEqualTo(full);
    }

    @Test
    @Order(5)
    void step05ListWithFiltersAndPaging() throws ApiException {
        for (String page : List.of("page_1", "page_2", "page_3")) {
            datasets().createDataset(minimalRequest(prefix + page), null);
        }

        DatasetGetManyResponse first = list(prefix + "page_*", null, null, null, 2);
        assertThat(namesIn(first)).containsExactly(prefix + "page_1", prefix + "page_2");
        assertThat(first.getMeta().getPage()).isEqualTo(new PagedPageDetailsResponse()
                .currentPage(1).lastPage(2).limit(2).offset(0).total(3L));
        DatasetGetManyResponse second = list(prefix + "page_*", null, null, 2, 2);
        assertThat(namesIn(second)).containsExactly(prefix + "page_3");
        assertThat(second.getMeta().getPage().getCurrentPage()).isEqualTo(2);

        List<String> withVideo = namesIn(list(prefix + "*", List.of(AssetTypeEnum.VIDEO), null, null, null));
        assertThat(withVideo).contains(prefix + "minimal").doesNotContain(prefix + "full");
        assertThat(list(prefix + "*", null, List.of(DatasetStatusEnum.INACTIVE), null, null).getData()).isEmpty();
    }

    @Test
    @Order(6)
    void step06PatchWithIfMatch() throws ApiException {
        DatasetUpdateRequest patch = new DatasetUpdateRequest().description("patched")
                .status(DatasetUpdateRequestStatus.INACTIVE);

        ApiResponse<DatasetResponse> response =
                datasets().updateDatasetByIdWithHttpInfo(minimal.getId(), patch, "\"1\"", null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(etagOf(response)).isEqualTo("\"2\"");
        assertThat(response.getData().getDescription()).isEqualTo("patched");
        assertThat(response.getData().getStatus()).isEqualTo(DatasetStatusEnum.INACTIVE);
        assertThat(failureOf(() -> datasets().updateDatasetById(minimal.getId(), patch, "\"1\"", null)).getCode())
                .isEqualTo(412);
    }

    @Test
    @Order(7)
    void step07Delete() throws ApiException, InterruptedException {
        assertThat(datasets().deleteDatasetById(minimal.getId(), null, null).getStatus())
                .isEqualTo(DatasetStatusEnum.DELETING);

        DatasetResponse deleted = awaitDeleted(minimal.getId());
        assertThat(deleted.getDeletedDt()).isNotNull();
        assertThat(failureOf(() -> datasets().getDatasetById(minimal.getId(), null)).getCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void step08UnprocessableReadAsTypedData() throws JsonProcessingException {
        // The generated model cannot hold encoder_name "audio" (no VisualEncoderNameEnum), so the request
        // interceptor puts the scenario's body on the wire as written (java.net.http's BodyPublishers); the call,
        // its ApiException and the 422 body are still the generated client's.
        ApiClient sendsTheScenarioBody = client();
        sendsTheScenarioBody.setRequestInterceptor(sendsTheScenarioBody.getRequestInterceptor().andThen(request ->
                request.method("POST", HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"bad-name\", \"encoder_name\": \"audio\"}"))));
        ApiException failure = failureOf(() -> new DatasetsApi(sendsTheScenarioBody)
                .createDataset(minimalRequest("bad-name"), null));

        assertThat(failure.getCode()).isEqualTo(422);
        HTTPValidationError error = sendsTheScenarioBody.getObjectMapper()
                .readValue(failure.getResponseBody(), HTTPValidationError.class);
        assertThat(error.getDetail()).extracting(ValidationError::getLoc, ValidationError::getType)
                .containsExactly(tuple(List.of("body", "name"), "string_pattern_mismatch"),
                        tuple(List.of("body", "encoder_name"), "enum"));
    }

    @Test
    @Order(9)
    void step09ConflictForATakenName() throws ApiException, JsonProcessingException {
        datasets().createDataset(minimalRequest(prefix + "minimal2"), null);

        ApiException failure = failureOf(() -> datasets().createDataset(minimalRequest(prefix + "MINIMAL2"), null));

        assertThat(failure.getCode()).isEqualTo(409);
        assertThat(detailOf(failure)).isNotBlank();
    }

    @Test
    @Order(10)
    void step10NotFoundForAnotherOrganizationsDataset() throws JsonProcessingException {
        DatasetsApi stranger = new DatasetsApi(environment.bearerClient(strangerToken()));
        UUID missing = UUID.randomUUID();

        ApiException forTheFullDataset = failureOf(() -> stranger.getDatasetById(full.getId(), null));
        ApiException forAMissingOne = failureOf(() -> stranger.getDatasetById(missing, null));

        assertThat(forTheFullDataset.getCode()).isEqualTo(404);
        assertThat(forAMissingOne.getCode()).isEqualTo(404);
        assertThat(detailOf(forTheFullDataset))
                .isEqualTo(detailOf(forAMissingOne).replace(missing.toString(), full.getId().toString()));
    }

    @Test
    @Order(11)
    void step11Encoders() throws ApiException {
        List<EncoderDescription> encoders = new EncodersApi(client()).listAvailableEncoders();

        assertThat(encoders).hasSize(9);
        assertThat(encoders).filteredOn(encoder -> encoder.getName() == EncoderNameEnum.MULTIMODAL)
                .singleElement().extracting(EncoderDescription::getModality).isEqualTo(ModalityEnum.IMAGE);
    }

    /** A client of the generated API that sends the token of step 1. */
    private ApiClient client() {
        assertThat(token).as("the access token of step 1").isNotNull();
        return environment.bearerClient(token);
    }

    private DatasetsApi datasets() {
        return new DatasetsApi(client());
    }

    private static DatasetCreateRequest minimalRequest(String name) {
        return new DatasetCreateRequest().name(name).encoderName(VisualEncoderNameEnum.MULTIMODAL);
    }

    private DatasetGetManyResponse list(String namePattern, List<AssetTypeEnum> allowedAssetTypes,
            List<DatasetStatusEnum> status, Integer skip, Integer limit) throws ApiException {
        return datasets().getDatasets(null, status, allowedAssetTypes, null, null, null, null, null, null, null,
                namePattern, null, null, null, skip, limit, null);
    }

    private static List<String> namesIn(DatasetGetManyResponse page) {
        return page.getData().stream().map(DatasetResponse::getName).toList();
    }

    private DatasetResponse awaitDeleted(UUID id) throws ApiException, InterruptedException {
        Instant deadline = Instant.now().plus(DELETION_DEADLINE);
        DatasetResponse dataset = datasets().getDatasetById(id, true);
        while (dataset.getStatus() != DatasetStatusEnum.DELETED && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            dataset = datasets().getDatasetById(id, true);
        }
        assertThat(dataset.getStatus()).as("status within " + DELETION_DEADLINE).isEqualTo(DatasetStatusEnum.DELETED);
        return dataset;
    }

    private String strangerToken() {
        long now = Instant.now().getEpochSecond();
        return Hs256Jwt.signed(Map.of("sub", "scenario-stranger", "org_id", prefix + "other_org",
                "roles", List.of("reader", "writer"), "iss", "corpora", "aud", "corpora",
                "iat", now, "exp", now + 600), environment.requireJwtSecret());
    }

    private String detailOf(ApiException failure) throws JsonProcessingException {
        return client().getObjectMapper().readValue(failure.getResponseBody(), HTTPError.class).getDetail();
    }

    private static ApiException failureOf(ThrowingCallable call) {
        ApiException failure = catchThrowableOfType(ApiException.class, call);
        assertThat(failure).as("the call's ApiException").isNotNull();
        return failure;
    }

    private static String etagOf(ApiResponse<?> response) {
        return response.getHeaders().entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("ETag"))
                .flatMap(header -> header.getValue().stream()).findFirst().orElse(null);
    }
}
