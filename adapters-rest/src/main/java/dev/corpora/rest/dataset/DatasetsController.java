package dev.corpora.rest.dataset;

import dev.corpora.api.DatasetsApi;
import dev.corpora.api.model.DatasetConfigResponse;
import dev.corpora.api.model.DatasetCreateRequest;
import dev.corpora.api.model.DatasetGetManyResponse;
import dev.corpora.api.model.DatasetResponse;
import dev.corpora.api.model.DatasetUpdateRequest;
import dev.corpora.application.dataset.CreateDataset;
import dev.corpora.application.dataset.GetDataset;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.rest.access.CurrentActor;
import dev.corpora.rest.error.NotImplementedYet;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Controller
class DatasetsController implements DatasetsApi {
    private final CreateDataset createDataset;
    private final GetDataset getDataset;
    private final CurrentActor actor;
    private final DatasetWireMapper mapper;

    DatasetsController(CreateDataset createDataset, GetDataset getDataset, CurrentActor actor,
                       DatasetWireMapper mapper) {
        this.createDataset = createDataset;
        this.getDataset = getDataset;
        this.actor = actor;
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<DatasetResponse> createDataset(DatasetCreateRequest request) {
        return withETag(createDataset.handle(mapper.toCommand(request), actor.get()));
    }

    @Override
    public HttpResponse<DatasetResponse> getDatasetById(UUID datasetId, Boolean includeDeleted) {
        return withETag(getDataset.handle(new DatasetId(datasetId), Boolean.TRUE.equals(includeDeleted),
                actor.get()));
    }

    @Override
    public DatasetGetManyResponse getDatasets(List<UUID> datasetIds, List<String> status,
                                              List<String> allowedAssetTypes, String keyframeSamplingMethod,
                                              Boolean storeOriginal, Boolean storePreview,
                                              OffsetDateTime createdBefore, OffsetDateTime createdAfter,
                                              OffsetDateTime lastUpdatedBefore, OffsetDateTime lastUpdatedAfter,
                                              String namePattern, Boolean newVideoDataModel,
                                              Boolean celebrityDetectionEnabled, Boolean contextStudioEnabled,
                                              Integer skip, Integer limit, Boolean includeDeleted) {
        throw new NotImplementedYet();
    }

    @Override
    public HttpResponse<DatasetResponse> updateDatasetById(UUID datasetId, DatasetUpdateRequest request,
                                                           String ifMatch) {
        throw new NotImplementedYet();
    }

    @Override
    public HttpResponse<DatasetResponse> deleteDatasetById(UUID datasetId, String ifMatch) {
        throw new NotImplementedYet();
    }

    @Override
    public DatasetConfigResponse getDatasetConfig(UUID datasetId, Boolean includeDeleted) {
        throw new NotImplementedYet();
    }

    /** The dataset's version is its ETag, for If-Match on update and delete. */
    private HttpResponse<DatasetResponse> withETag(Dataset dataset) {
        return HttpResponse.ok(mapper.toResponse(dataset)).header(HttpHeaders.ETAG, "\"" + dataset.version() + "\"");
    }
}
