package dev.corpora.rest.dataset;

import dev.corpora.api.model.CompositeSettings;
import dev.corpora.api.model.DatasetConfigResponse;
import dev.corpora.api.model.DatasetCreateRequest;
import dev.corpora.api.model.DatasetGetManyResponse;
import dev.corpora.api.model.DatasetUpdateRequest;
import dev.corpora.api.model.PagedMetaResponse;
import dev.corpora.api.model.PagedPageDetailsResponse;
import dev.corpora.api.model.DatasetResponse;
import dev.corpora.api.model.ExtraConfig;
import dev.corpora.api.model.HybridSearchConfig;
import dev.corpora.application.dataset.CreateDatasetCommand;
import dev.corpora.domain.dataset.AllowedAssetTypes;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Change;
import dev.corpora.domain.dataset.DatasetChanges;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetConfig;
import dev.corpora.domain.dataset.DatasetConfigInput;
import dev.corpora.domain.dataset.DatasetConfigInput.ExtraConfigInput;
import dev.corpora.domain.dataset.DatasetConfigInput.HybridSearchInput;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetName;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Description;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.MetadataFields;
import dev.corpora.domain.dataset.NewDataset;
import dev.corpora.rest.encoder.EncoderWireMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps between the generated dataset models and the use cases' commands and the domain's datasets. */
@Mapper(componentModel = "jakarta", unmappedTargetPolicy = ReportingPolicy.ERROR, uses = EncoderWireMapper.class)
public interface DatasetWireMapper {

    default CreateDatasetCommand toCommand(DatasetCreateRequest request) {
        return new CreateDatasetCommand(toNewDataset(request), request.getDatasetId());
    }

    NewDataset toNewDataset(DatasetCreateRequest request);

    /** A PATCH body: only the fields in {@code sent} change; a sent {@code null} stays a change to null. */
    default DatasetChanges toChanges(DatasetUpdateRequest request, Set<String> sent) {
        return new DatasetChanges(
                change(sent, "name", request.getName()),
                change(sent, "description", request.getDescription()),
                change(sent, "status", request.getStatus()),
                change(sent, "store_original", request.getStoreOriginal()),
                change(sent, "store_preview", request.getStorePreview()),
                change(sent, "dataset_config", toConfigInput(request.getDatasetConfig())));
    }

    private static <T> Change<T> change(Set<String> sent, String field, T value) {
        return sent.contains(field) ? Change.to(value) : Change.absent();
    }

    @SuppressWarnings("java:S107")
    default DatasetQuery.Input toQueryInput(List<String> datasetIds, List<String> status,
                                           List<String> allowedAssetTypes, String keyframeSamplingMethod,
                                           Boolean storeOriginal, Boolean storePreview,
                                           OffsetDateTime createdBefore, OffsetDateTime createdAfter,
                                           OffsetDateTime lastUpdatedBefore, OffsetDateTime lastUpdatedAfter,
                                           String namePattern, Boolean newVideoDataModel,
                                           Boolean celebrityDetectionEnabled, Boolean contextStudioEnabled,
                                           Integer skip, Integer limit, Boolean includeDeleted) {
        return new DatasetQuery.Input(datasetIds, status, allowedAssetTypes, keyframeSamplingMethod, storeOriginal,
                storePreview, instant(createdBefore), instant(createdAfter), instant(lastUpdatedBefore),
                instant(lastUpdatedAfter), namePattern, newVideoDataModel, celebrityDetectionEnabled,
                contextStudioEnabled, includeDeleted, skip, limit);
    }

    default DatasetGetManyResponse toPageResponse(DatasetPage page) {
        PagedPageDetailsResponse details = new PagedPageDetailsResponse()
                .currentPage(Math.toIntExact(page.currentPage())).lastPage(Math.toIntExact(page.lastPage()))
                .limit(page.limit()).offset(page.skip()).total(page.total());
        return new DatasetGetManyResponse().meta(new PagedMetaResponse().page(details))
                .data(page.datasets().stream().map(this::toResponse).toList());
    }

    @Mapping(target = "datasetId", source = "id")
    @Mapping(target = "embeddingId", source = "config.embeddingId")
    @Mapping(target = "encoderName", source = "config.encoderName")
    @Mapping(target = "hybridSearch", source = "config.hybridSearchWeights")
    @Mapping(target = "celebrityDetectionEnabled", source = "config.celebrityDetectionEnabled")
    @Mapping(target = "contextStudioEnabled", source = "config.contextStudioEnabled")
    @Mapping(target = "agenticSearchMetadataDescription", source = "config.agenticSearchMetadataDescription")
    @Mapping(target = "assetIdentifierKey", source = "config.assetIdentifierKey")
    DatasetConfigResponse toConfigResponse(Dataset dataset);

    /** The config response nests hybrid search weights as {@code {"weights": {...}}}, like the config itself. */
    default Map<String, Map<String, Double>> hybridSearchMap(Map<String, Double> weights) {
        return weights == null ? null : Map.of("weights", weights);
    }

    default Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    @Mapping(target = "extraConfig", source = "extraConfig")
    @Mapping(target = "hybridSearch", source = "hybridSearch")
    DatasetConfigInput toConfigInput(dev.corpora.api.model.DatasetConfig config);

    default ExtraConfigInput toExtraConfigInput(ExtraConfig extra) {
        if (extra == null) {
            return null;
        }
        if (extra.getCompositeSettings() == null) {
            return new ExtraConfigInput(null);
        }
        Map<String, Integer> seconds = new LinkedHashMap<>();
        extra.getCompositeSettings().forEach((name, settings) ->
                seconds.put(name, settings == null ? null : settings.getMaximumSliceDurationSeconds()));
        return new ExtraConfigInput(seconds);
    }

    default HybridSearchInput toHybridSearchInput(HybridSearchConfig hybrid) {
        return hybrid == null ? null : new HybridSearchInput(hybrid.getWeights());
    }

    @Mapping(target = "keyframeSamplingMethod", source = "keyframeSampling.method")
    @Mapping(target = "keyframeUniformFpsSamplingRate", expression = "java(dataset.keyframeSampling().uniformFps())")
    @Mapping(target = "datasetConfig", source = "config")
    @Mapping(target = "encoders", source = "encoder")
    @Mapping(target = "embeddings", source = "encoder")
    @Mapping(target = "createdDt", source = "createdAt")
    @Mapping(target = "updatedDt", source = "updatedAt")
    @Mapping(target = "deletedDt", source = "deletedAt")
    DatasetResponse toResponse(Dataset dataset);

    @Mapping(target = "extraConfig", source = "compositeSliceSeconds")
    @Mapping(target = "hybridSearch", source = "hybridSearchWeights")
    dev.corpora.api.model.DatasetConfig toWireConfig(DatasetConfig config);

    default ExtraConfig toExtraConfig(Map<String, Integer> compositeSliceSeconds) {
        if (compositeSliceSeconds == null) {
            return null;
        }
        Map<String, CompositeSettings> settings = new LinkedHashMap<>();
        compositeSliceSeconds.forEach((name, seconds) ->
                settings.put(name, new CompositeSettings().maximumSliceDurationSeconds(seconds)));
        return new ExtraConfig().compositeSettings(settings);
    }

    default HybridSearchConfig toHybridSearch(Map<String, Double> weights) {
        return weights == null ? null : new HybridSearchConfig().weights(weights);
    }

    default UUID uuid(DatasetId id) {
        return id.value();
    }

    default String name(DatasetName name) {
        return name.value();
    }

    default String description(Description description) {
        return description == null ? null : description.value();
    }

    default String status(DatasetStatus status) {
        return status.wireName();
    }

    default String method(KeyframeSamplingMethod method) {
        return method.wireName();
    }

    default List<String> assetTypes(AllowedAssetTypes types) {
        return types.types().stream().map(AssetType::wireName).toList();
    }

    default List<String> fieldNames(MetadataFields fields) {
        return fields == null ? null : fields.names();
    }

    default OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
