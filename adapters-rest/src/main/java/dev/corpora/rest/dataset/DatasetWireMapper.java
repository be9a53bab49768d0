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
import dev.corpora.rest.wire.WireWords;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import dev.corpora.domain.dataset.NamePattern;
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

    default CreateDatasetCommand toCommand(DatasetCreateRequest request, boolean malformed) {
        return new CreateDatasetCommand(toNewDataset(request), request.getDatasetId(), malformed);
    }

    @Mapping(target = "encoder", source = "encoderName")
    NewDataset toNewDataset(DatasetCreateRequest request);

    /** A PATCH body: only the fields in {@code sent} change; a sent {@code null} stays a change to null. */
    default DatasetChanges toChanges(DatasetUpdateRequest request, Set<String> sent) {
        return new DatasetChanges(
                change(sent, "name", request.getName()),
                change(sent, "description", request.getDescription()),
                change(sent, "status", WireWords.read(DatasetStatus.class, request.getStatus())),
                change(sent, "store_original", request.getStoreOriginal()),
                change(sent, "store_preview", request.getStorePreview()),
                change(sent, "dataset_config", toConfigInput(request.getDatasetConfig())));
    }

    private static <T> Change<T> change(Set<String> sent, String field, T value) {
        return sent.contains(field) ? Change.to(value) : Change.absent();
    }

    /** The listing's query from its parameters, which the contract check has passed. */
    @SuppressWarnings("java:S107")
    default DatasetQuery toQuery(List<UUID> datasetIds, List<String> status, List<String> allowedAssetTypes,
                                 String keyframeSamplingMethod, Boolean storeOriginal, Boolean storePreview,
                                 OffsetDateTime createdBefore, OffsetDateTime createdAfter,
                                 OffsetDateTime lastUpdatedBefore, OffsetDateTime lastUpdatedAfter,
                                 String namePattern, Boolean newVideoDataModel, Boolean celebrityDetectionEnabled,
                                 Boolean contextStudioEnabled, Integer skip, Integer limit, Boolean includeDeleted) {
        return new DatasetQuery(datasetIds == null ? null : Set.copyOf(datasetIds),
                words(DatasetStatus.class, status), words(AssetType.class, allowedAssetTypes),
                WireWords.read(KeyframeSamplingMethod.class, keyframeSamplingMethod), storeOriginal, storePreview,
                instant(createdBefore), instant(createdAfter), instant(lastUpdatedBefore), instant(lastUpdatedAfter),
                namePattern == null ? null : new NamePattern(namePattern), newVideoDataModel,
                celebrityDetectionEnabled, contextStudioEnabled, Boolean.TRUE.equals(includeDeleted),
                skip == null ? 0 : skip, limit == null ? DatasetQuery.DEFAULT_LIMIT : limit);
    }

    private static <E extends Enum<E>> Set<E> words(Class<E> type, List<String> words) {
        return words == null ? null : words.stream().map(word -> WireWords.read(type, word))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The catalog's encoder of that name; {@code null} when none was sent. */
    default Encoder encoder(String name) {
        return name == null ? null : EncoderCatalog.byName(name).orElseThrow(
                () -> new IllegalStateException("the contract check passed an unknown encoder: " + name));
    }

    default KeyframeSamplingMethod samplingMethod(String word) {
        return WireWords.read(KeyframeSamplingMethod.class, word);
    }

    /** Asset types as sent; an item left out for its shape stays a {@code null} item, so indexes hold. */
    default List<AssetType> assetTypeList(List<String> words) {
        return words == null ? null : words.stream().map(word -> WireWords.read(AssetType.class, word))
                .collect(java.util.stream.Collectors.toList());
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
        return WireWords.of(status);
    }

    default String method(KeyframeSamplingMethod method) {
        return WireWords.of(method);
    }

    default List<String> assetTypes(AllowedAssetTypes types) {
        return types.types().stream().map(WireWords::of).toList();
    }

    default List<String> fieldNames(MetadataFields fields) {
        return fields == null ? null : fields.names();
    }

    default OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
