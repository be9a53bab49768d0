package dev.corpora.rest.dataset;

import dev.corpora.api.DatasetsApi;
import dev.corpora.api.model.DatasetConfigResponse;
import dev.corpora.api.model.DatasetCreateRequest;
import dev.corpora.api.model.DatasetGetManyResponse;
import dev.corpora.api.model.DatasetResponse;
import dev.corpora.api.model.DatasetUpdateRequest;
import dev.corpora.application.dataset.CreateDataset;
import dev.corpora.application.dataset.DeleteDataset;
import dev.corpora.application.dataset.GetDataset;
import dev.corpora.application.dataset.ListDatasets;
import dev.corpora.application.dataset.UpdateDataset;
import dev.corpora.application.dataset.UpdateDatasetCommand;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.rest.access.CurrentActor;
import dev.corpora.rest.validation.ValidatedBody;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The {@code Idempotency-Key} of the writes is {@code IdempotencyFilter}'s: here it is only bound. */
@Controller
class DatasetsController implements DatasetsApi {
    private final CreateDataset createDataset;
    private final GetDataset getDataset;
    private final ListDatasets listDatasets;
    private final UpdateDataset updateDataset;
    private final DeleteDataset deleteDataset;
    private final CurrentActor actor;
    private final DatasetWireMapper mapper;

    @SuppressWarnings("java:S107")
    DatasetsController(CreateDataset createDataset, GetDataset getDataset, ListDatasets listDatasets,
                       UpdateDataset updateDataset, DeleteDataset deleteDataset, CurrentActor actor,
                       DatasetWireMapper mapper) {
        this.createDataset = createDataset;
        this.getDataset = getDataset;
        this.listDatasets = listDatasets;
        this.updateDataset = updateDataset;
        this.deleteDataset = deleteDataset;
        this.actor = actor;
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<DatasetResponse> createDataset(DatasetCreateRequest request, String idempotencyKey) {
        return withETag(createDataset.handle(mapper.toCommand(request, checkedBody().malformed()), actor.get()));
    }

    @Override
    public HttpResponse<DatasetResponse> getDatasetById(UUID datasetId, Boolean includeDeleted) {
        return withETag(getDataset.handle(new DatasetId(datasetId), Boolean.TRUE.equals(includeDeleted),
                actor.get()));
    }

    @Override
    public HttpResponse<DatasetGetManyResponse> getDatasets(List<UUID> datasetIds, List<String> status,
            List<String> allowedAssetTypes, String keyframeSamplingMethod, Boolean storeOriginal,
            Boolean storePreview, OffsetDateTime createdBefore, OffsetDateTime createdAfter,
            OffsetDateTime lastUpdatedBefore, OffsetDateTime lastUpdatedAfter, String namePattern,
            Boolean newVideoDataModel, Boolean celebrityDetectionEnabled, Boolean contextStudioEnabled, Integer skip,
            Integer limit, Boolean includeDeleted) {
        return HttpResponse.ok(mapper.toPageResponse(listDatasets.handle(mapper.toQuery(datasetIds, status,
                allowedAssetTypes, keyframeSamplingMethod, storeOriginal, storePreview, createdBefore, createdAfter,
                lastUpdatedBefore, lastUpdatedAfter, namePattern, newVideoDataModel, celebrityDetectionEnabled,
                contextStudioEnabled, skip, limit, includeDeleted), actor.get())));
    }

    @Override
    public HttpResponse<DatasetResponse> updateDatasetById(UUID datasetId, DatasetUpdateRequest request,
                                                           String ifMatch, String idempotencyKey) {
        ValidatedBody body = checkedBody();
        UpdateDatasetCommand command = new UpdateDatasetCommand(new DatasetId(datasetId),
                mapper.toChanges(request, body.fieldNames()), ETags.expected(ifMatch), body.malformed());
        return withETag(updateDataset.handle(command, actor.get()));
    }

    @Override
    public HttpResponse<DatasetResponse> deleteDatasetById(UUID datasetId, String ifMatch, String idempotencyKey) {
        return withETag(deleteDataset.handle(new DatasetId(datasetId), ETags.expected(ifMatch), actor.get()));
    }

    @Override
    public HttpResponse<DatasetConfigResponse> getDatasetConfig(UUID datasetId, Boolean includeDeleted) {
        return HttpResponse.ok(mapper.toConfigResponse(getDataset.handle(new DatasetId(datasetId),
                Boolean.TRUE.equals(includeDeleted), actor.get())));
    }

    /** The body as the contract check read it: binding cannot tell which fields were sent, or left out. */
    private static ValidatedBody checkedBody() {
        return ServerRequestContext.currentRequest().flatMap(ValidatedBody::of)
                .orElseThrow(() -> new IllegalStateException("the contract check did not run"));
    }

    /** The dataset's version is its ETag, for If-Match on update and delete. */
    private HttpResponse<DatasetResponse> withETag(Dataset dataset) {
        return HttpResponse.ok(mapper.toResponse(dataset)).header(HttpHeaders.ETAG, ETags.of(dataset));
    }
}
