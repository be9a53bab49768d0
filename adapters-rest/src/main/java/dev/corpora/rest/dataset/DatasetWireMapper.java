package dev.corpora.rest.dataset;

import dev.corpora.api.model.CompositeSettings;
import dev.corpora.api.model.DatasetCreateRequest;
import dev.corpora.api.model.DatasetResponse;
import dev.corpora.api.model.ExtraConfig;
import dev.corpora.api.model.HybridSearchConfig;
import dev.corpora.application.dataset.CreateDatasetCommand;
import dev.corpora.domain.dataset.AllowedAssetTypes;
import dev.corpora.domain.dataset.AssetType;
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
