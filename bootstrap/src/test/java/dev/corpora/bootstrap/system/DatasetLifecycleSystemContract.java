package dev.corpora.bootstrap.system;

import static dev.corpora.bootstrap.system.CreateDatasetSystemContract.assertStatus;
import static dev.corpora.bootstrap.system.CreateDatasetSystemContract.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.client.ApiException;
import dev.corpora.client.ApiResponse;
import dev.corpora.client.api.DatasetsApi;
import dev.corpora.client.model.AssetTypeEnum;
import dev.corpora.client.model.DatasetConfig;
import dev.corpora.client.model.DatasetConfigResponse;
import dev.corpora.client.model.DatasetResponse;
import dev.corpora.client.model.DatasetStatusEnum;
import dev.corpora.client.model.DatasetUpdateRequest;
import dev.corpora.client.model.DatasetUpdateRequestStatus;
import dev.corpora.client.model.HybridSearchConfig;
import dev.corpora.client.model.KeyframeSamplingMethodEnum;
import dev.corpora.client.model.PagedPageDetailsResponse;
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

/** List, update, delete and config over HTTP through the generated client, on each supported database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatasetLifecycleSystemContract {
    private TestDatabase database;
    private RunningCorpora corpora;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        // the worker is driven by hand here, so that the deleting state can be observed; PostgresTwoInstancesSystemTest
        // runs it on its schedule
        corpora = new RunningCorpora(database, Map.of("corpora.deletion.interval", "1h"));
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    /** A writer of an organization of its own, so that each test sees only its datasets. */
    private Organization newOrganization() {
        String organization = "org-" + UUID.randomUUID();
        String writer = "writer-" + UUID.randomUUID();
        String reader = "reader-" + UUID.randomUUID();
        corpora.addClient(writer, "secret", organization, Set.of(Role.WRITER));
        corpora.addClient(reader, "secret", organization, Set.of(Role.READER));
        return new Organization(new DatasetsApi(corpora.clientFor(writer, "secret")),
                new DatasetsApi(corpora.clientFor(reader, "secret")), "Bearer " + corpora.login(writer, "secret"));
    }

    private record Organization(DatasetsApi writer, DatasetsApi reader, String bearer) {
        Listing list() {
            return new Listing(writer);
        }
    }

    @Test
    void everyFilterSelectsItsDatasetsAloneAndCombined() throws ApiException {
        Organization org = newOrganization();
        DatasetResponse images = org.writer().createDataset(minimal("Images_A")
                .allowedAssetTypes(List.of(AssetTypeEnum.IMAGE)), null);
        DatasetResponse videos = org.writer().createDataset(minimal("Videos_B")
                .allowedAssetTypes(List.of(AssetTypeEnum.VIDEO)).storeOriginal(false)
                .keyframeSamplingMethod(KeyframeSamplingMethodEnum.UNIFORM), null);
        DatasetResponse famous = org.writer().createDataset(minimal("Famous_C").datasetConfig(new DatasetConfig()
                .encoderName(Map.of("image", "multimodal")).embeddingId(Map.of("image",
                        UUID.fromString("2ef58577-557b-5edf-8ad8-8cf6254c0480")))
                .celebrityDetectionEnabled(true)), null);
        org.writer().updateDatasetById(images.getId(),
                new DatasetUpdateRequest().status(DatasetUpdateRequestStatus.INACTIVE), null, null);

        assertThat(org.list().names()).containsExactly("Images_A", "Videos_B", "Famous_C");
        assertThat(org.list().ids(images.getId(), famous.getId()).names()).containsExactly("Images_A", "Famous_C");
        assertThat(org.list().statuses(DatasetStatusEnum.INACTIVE).names()).containsExactly("Images_A");
        assertThat(org.list().assetTypes(AssetTypeEnum.VIDEO).names()).containsExactly("Videos_B", "Famous_C");
        assertThat(org.list().method(KeyframeSamplingMethodEnum.UNIFORM).names()).containsExactly("Videos_B");
        assertThat(org.list().storeOriginal(false).names()).containsExactly("Videos_B");
        assertThat(org.list().celebrity(true).names()).containsExactly("Famous_C");
        assertThat(org.list().createdAfter(images.getCreatedDt()).names()).containsExactly("Videos_B", "Famous_C");
        assertThat(org.list().lastUpdatedBefore(famous.getUpdatedDt()).names()).containsExactly("Videos_B");
        assertThat(org.list().assetTypes(AssetTypeEnum.IMAGE).storeOriginal(true).names())
                .containsExactly("Images_A", "Famous_C");
        assertThat(org.list().assetTypes(AssetTypeEnum.VIDEO).storeOriginal(true).celebrity(true).names())
                .containsExactly("Famous_C");
        assertThat(videos.getId()).isNotNull();
    }

    @Test
    void namePatternIsACaseInsensitiveGlobWithLiteralUnderscoreAndPercent() throws ApiException {
        Organization org = newOrganization();
        for (String name : List.of("Cat_one", "CatXone", "dog_100", "Catalog")) {
            org.writer().createDataset(minimal(name), null);
        }

        assertThat(org.list().namePattern("CAT").names()).containsExactly("Cat_one", "CatXone", "Catalog");
        assertThat(org.list().namePattern("t_o").names()).containsExactly("Cat_one");
        assertThat(org.list().namePattern("%").names()).isEmpty();
        assertThat(org.list().namePattern("cat*").names()).containsExactly("Cat_one", "CatXone", "Catalog");
        assertThat(org.list().namePattern("cat?one").names()).containsExactly("Cat_one", "CatXone");
        assertThat(org.list().namePattern("*0").names()).containsExactly("dog_100");
    }

    @Test
    void pageMetaAtTheEdges() throws ApiException {
        Organization org = newOrganization();
        assertThat(meta(org.list())).extracting("currentPage", "lastPage", "limit", "offset", "total")
                .containsExactly(1, 1, 100, 0, 0L);
        for (int i = 0; i < 4; i++) {
            org.writer().createDataset(minimal("Paged_" + i), null);
        }
        assertThat(meta(org.list().page(0, 2))).extracting("currentPage", "lastPage", "total")
                .containsExactly(1, 2, 4L);
        assertThat(org.list().page(2, 2).names()).containsExactly("Paged_2", "Paged_3");
        assertThat(meta(org.list().page(2, 2))).extracting("currentPage", "lastPage").containsExactly(2, 2);
        assertThat(meta(org.list().page(0, 3))).extracting("lastPage").isEqualTo(2);
        assertThat(org.list().page(4, 2).names()).isEmpty();
        assertThat(meta(org.list().page(4, 2))).extracting("currentPage", "lastPage").containsExactly(3, 2);
    }

    @Test
    void badListParametersAre422AtTheirQueryName() {
        Organization org = newOrganization();
        HttpResponse<String> response = get(org, "/api/v1/datasets?limit=1001&skip=-1&status=gone"
                + "&allowed_asset_types=sound&keyframe_sampling_method=fast");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("[\"query\",\"limit\"]", "[\"query\",\"skip\"]",
                "[\"query\",\"status\",0]", "[\"query\",\"allowed_asset_types\",0]",
                "[\"query\",\"keyframe_sampling_method\"]");
        assertThat(get(org, "/api/v1/datasets?limit=0").statusCode()).isEqualTo(422);
        assertThat(get(org, "/api/v1/datasets?store_original=maybe").body())
                .contains("[\"query\",\"store_original\"]", "bool_parsing");
        assertThat(get(org, "/api/v1/datasets?created_after=yesterday").body())
                .contains("[\"query\",\"created_after\"]");
        assertThat(get(org, "/api/v1/datasets?dataset_ids=" + UUID.randomUUID() + "&dataset_ids=nope").body())
                .contains("[\"query\",\"dataset_ids\",1]", "uuid_parsing");
        assertThat(get(org, "/api/v1/datasets?limit=1000").statusCode()).isEqualTo(200);
    }

    @Test
    void patchLeavesAbsentFieldsAloneAndClearsADescriptionSentAsNull() throws ApiException {
        Organization org = newOrganization();
        DatasetResponse created = org.writer().createDataset(minimal("Patched").description("first words"), null);

        HttpResponse<String> empty = patch(org, created.getId(), "{}");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("\"description\":\"first words\"");
        assertThat(empty.headers().firstValue("ETag")).contains("\"1\"");

        DatasetResponse renamed = org.writer().updateDatasetById(created.getId(),
                new DatasetUpdateRequest().name("Renamed").storePreview(false), null, null);
        assertThat(renamed.getDescription()).isEqualTo("first words");
        assertThat(renamed.getStorePreview()).isFalse();
        assertThat(renamed.getUpdatedDt()).isAfterOrEqualTo(created.getUpdatedDt());

        HttpResponse<String> cleared = patch(org, created.getId(), "{\"description\":null}");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(cleared.body()).contains("\"description\":null", "\"name\":\"Renamed\"");

        HttpResponse<String> nulls = patch(org, created.getId(), "{\"name\":null,\"status\":\"deleted\"}");
        assertThat(nulls.statusCode()).isEqualTo(422);
        assertThat(nulls.body()).contains("[\"body\",\"name\"]", "[\"body\",\"status\"]");
        assertThat(org.writer().getDatasetById(created.getId(), null).getName()).isEqualTo("Renamed");
    }

    @Test
    void patchKeepsTheRulesOfCreate() throws ApiException {
        Organization org = newOrganization();
        org.writer().createDataset(minimal("Taken"), null);
        DatasetResponse dataset = org.writer().createDataset(minimal("Mine"), null);

        assertStatus(() -> org.writer().updateDatasetById(dataset.getId(), new DatasetUpdateRequest().name("TAKEN"),
                null, null), 409);
        assertStatus(() -> org.writer().updateDatasetById(dataset.getId(), new DatasetUpdateRequest().name("a-b"),
                null, null), 422);
        assertThat(org.writer().updateDatasetById(dataset.getId(), new DatasetUpdateRequest().name("MINE"), null, null)
                .getName()).isEqualTo("MINE");
        DatasetConfig otherEncoder = new DatasetConfig().encoderName(Map.of("image", "resnet-50"))
                .embeddingId(Map.of("image", UUID.fromString("c174c32c-0307-5b5d-ae13-108d59bcadbc")));
        assertStatus(() -> org.writer().updateDatasetById(dataset.getId(),
                new DatasetUpdateRequest().datasetConfig(otherEncoder), null, null), 422);
        assertStatus(() -> org.reader().updateDatasetById(dataset.getId(), new DatasetUpdateRequest().name("R"),
                null, null), 403);
    }

    @Test
    void aSentConfigReplacesTheOldOneAndShowsInTheConfigEndpoint() throws ApiException {
        Organization org = newOrganization();
        DatasetResponse dataset = org.writer().createDataset(minimal("Configured"), null);
        DatasetConfig replacement = dataset.getDatasetConfig().hybridSearch(new HybridSearchConfig()
                .weights(Map.of("image", 0.5))).metadataFieldsToIndex(List.of("title")).contextStudioEnabled(true);

        DatasetResponse updated = org.writer().updateDatasetById(dataset.getId(),
                new DatasetUpdateRequest().datasetConfig(replacement), null, null);

        assertThat(updated.getMetadataFieldsToIndex()).containsExactly("title");
        DatasetConfigResponse config = org.reader().getDatasetConfig(dataset.getId(), null);
        assertThat(config.getDatasetId()).isEqualTo(dataset.getId());
        assertThat(config.getEncoderName()).isEqualTo(dataset.getDatasetConfig().getEncoderName());
        assertThat(config.getEmbeddingId()).isEqualTo(dataset.getDatasetConfig().getEmbeddingId());
        assertThat(config.getHybridSearch()).isEqualTo(Map.of("weights", Map.of("image", 0.5)));
        assertThat(config.getMetadataFieldsToIndex()).containsExactly("title");
        assertThat(config.getContextStudioEnabled()).isTrue();
        assertThat(config.getNewVideoDataModel()).isTrue();
    }

    @Test
    void ifMatchGuardsPatchAndDelete() throws ApiException {
        Organization org = newOrganization();
        DatasetResponse dataset = org.writer().createDataset(minimal("Guarded"), null);

        ApiResponse<DatasetResponse> updated = org.writer().updateDatasetByIdWithHttpInfo(dataset.getId(),
                new DatasetUpdateRequest().description("v2"), "\"1\"", null);
        assertThat(updated.getHeaders().get("etag")).containsExactly("\"2\"");

        assertStatus(() -> org.writer().updateDatasetById(dataset.getId(),
                new DatasetUpdateRequest().description("stale"), "\"1\"", null), 412);
        assertStatus(() -> org.writer().deleteDatasetById(dataset.getId(), "\"1\"", null), 412);
        assertStatus(() -> org.writer().deleteDatasetById(dataset.getId(), "\"not-ours\"", null), 412);
        assertStatus(() -> org.writer().deleteDatasetById(dataset.getId(), "not-a-tag", null), 422);
        DatasetResponse unchanged = org.writer().getDatasetById(dataset.getId(), null);
        assertThat(unchanged.getDescription()).isEqualTo("v2");
        assertThat(unchanged.getStatus()).isEqualTo(DatasetStatusEnum.ACTIVE);

        assertThat(org.writer().deleteDatasetById(dataset.getId(), "\"2\"", null).getStatus())
                .isEqualTo(DatasetStatusEnum.DELETING);
    }

    @Test
    void deleteFreesTheNameAtOnceAndTheWorkerFinishesIt() throws Exception {
        Organization org = newOrganization();
        DatasetResponse dataset = org.writer().createDataset(minimal("Doomed"), null);

        DatasetResponse deleting = org.writer().deleteDatasetById(dataset.getId(), null, null);
        assertThat(deleting.getStatus()).isEqualTo(DatasetStatusEnum.DELETING);
        assertThat(deleting.getDeletedBy()).isNotNull();
        assertThat(deleting.getDeletedDt()).isNull();
        DatasetResponse reused = org.writer().createDataset(minimal("doomed"), null);

        DatasetResponse deleted = awaitDeleted(org, dataset.getId());
        assertThat(deleted.getDeletedDt()).isNotNull();
        assertStatus(() -> org.writer().getDatasetById(dataset.getId(), null), 404);
        assertStatus(() -> org.writer().getDatasetConfig(dataset.getId(), null), 404);
        assertThat(org.writer().getDatasetConfig(dataset.getId(), true).getDatasetId()).isEqualTo(dataset.getId());
        assertStatus(() -> org.writer().deleteDatasetById(dataset.getId(), null, null), 404);
        assertStatus(() -> org.writer().updateDatasetById(dataset.getId(), new DatasetUpdateRequest().name("Back"),
                null, null), 404);
        assertThat(org.list().names()).containsExactly("doomed");
        assertThat(org.list().includeDeleted().names()).containsExactly("Doomed", "doomed");
        assertThat(reused.getStatus()).isEqualTo(DatasetStatusEnum.ACTIVE);
    }

    @Test
    void whileDeletingDeleteAgainAnswersTheSameStateAndPatchConflicts() throws ApiException {
        Organization org = newOrganization();
        DatasetResponse dataset = org.writer().createDataset(minimal("Leaving"), null);
        DatasetResponse first = org.writer().deleteDatasetById(dataset.getId(), null, null);

        assertThat(patch(org, dataset.getId(), "{\"description\":\"late\"}").statusCode()).isEqualTo(409);
        DatasetResponse again = org.writer().deleteDatasetById(dataset.getId(), null, null);
        assertThat(again).isEqualTo(first);
        assertThat(again.getStatus()).isEqualTo(DatasetStatusEnum.DELETING);
    }

    @Test
    void anotherOrganizationGets404EverywhereAndNeverSeesTheDataset() throws ApiException {
        Organization owner = newOrganization();
        Organization stranger = newOrganization();
        DatasetResponse dataset = owner.writer().createDataset(minimal("Private"), null);
        UUID id = dataset.getId();

        assertStatus(() -> stranger.writer().getDatasetById(id, true), 404);
        assertStatus(() -> stranger.writer().getDatasetConfig(id, true), 404);
        assertStatus(() -> stranger.writer().updateDatasetById(id, new DatasetUpdateRequest().name("Mine"), null, null),
                404);
        assertStatus(() -> stranger.writer().deleteDatasetById(id, null, null), 404);
        assertThat(stranger.list().ids(id).includeDeleted().names()).isEmpty();
        assertThat(stranger.list().names()).isEmpty();
        assertThat(owner.writer().getDatasetById(id, null).getStatus()).isEqualTo(DatasetStatusEnum.ACTIVE);
    }

    @Test
    void readersMayListAndReadConfigButNotDelete() throws ApiException {
        Organization org = newOrganization();
        DatasetResponse dataset = org.writer().createDataset(minimal("Readable"), null);
        assertThat(new Listing(org.reader()).names()).containsExactly("Readable");
        assertThat(org.reader().getDatasetConfig(dataset.getId(), null).getDatasetId()).isEqualTo(dataset.getId());
        assertStatus(() -> org.reader().deleteDatasetById(dataset.getId(), null, null), 403);
    }

    private DatasetResponse awaitDeleted(Organization org, UUID id) throws ApiException {
        assertThat(corpora.finishDeletions()).isPositive();
        DatasetResponse deleted = org.writer().getDatasetById(id, true);
        assertThat(deleted.getStatus()).isEqualTo(DatasetStatusEnum.DELETED);
        return deleted;
    }

    private static PagedPageDetailsResponse meta(Listing listing) throws ApiException {
        return listing.call().getMeta().getPage();
    }

    private HttpResponse<String> get(Organization org, String pathAndQuery) {
        return RawHttp.send("GET", corpora.baseUrl() + pathAndQuery, org.bearer(), null);
    }

    private HttpResponse<String> patch(Organization org, UUID id, String json) {
        return RawHttp.send("PATCH", corpora.baseUrl() + "/api/v1/datasets/" + id, org.bearer(), json);
    }
}
