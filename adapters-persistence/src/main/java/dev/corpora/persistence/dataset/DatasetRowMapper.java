package dev.corpora.persistence.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.AllowedAssetTypes;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetConfig;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetName;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Description;
import dev.corpora.domain.dataset.KeyframeSampling;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.MetadataFields;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps the aggregate to its row and back. Enums are stored as their lower-case wire words. */
@Mapper(componentModel = "jakarta", unmappedTargetPolicy = ReportingPolicy.ERROR, uses = JsonColumns.class,
        imports = AssetType.class)
interface DatasetRowMapper {

    @Mapping(target = "organizationId", source = "organization")
    @Mapping(target = "nameKey", expression = "java(nameKey(dataset))")
    @Mapping(target = "encoderName", source = "encoder.name")
    @Mapping(target = "allowsImage", expression = "java(dataset.allowedAssetTypes().allows(AssetType.IMAGE))")
    @Mapping(target = "allowsVideo", expression = "java(dataset.allowedAssetTypes().allows(AssetType.VIDEO))")
    @Mapping(target = "keyframeSamplingMethod", source = "keyframeSampling.method")
    @Mapping(target = "keyframeFps", source = "keyframeSampling.requestedFps")
    @Mapping(target = "datasetConfig", source = "config")
    @Mapping(target = "celebrityDetectionEnabled", source = "config.celebrityDetectionEnabled")
    @Mapping(target = "contextStudioEnabled", source = "config.contextStudioEnabled")
    @Mapping(target = "createdDt", source = "createdAt")
    @Mapping(target = "updatedDt", source = "updatedAt")
    @Mapping(target = "deletedDt", source = "deletedAt")
    DatasetRow toRow(Dataset dataset);

    @Mapping(target = "organization", source = "organizationId")
    @Mapping(target = "encoder", source = "encoderName")
    @Mapping(target = "keyframeSampling", expression = "java(keyframeSampling(row))")
    @Mapping(target = "config", source = "datasetConfig")
    @Mapping(target = "createdAt", source = "createdDt")
    @Mapping(target = "updatedAt", source = "updatedDt")
    @Mapping(target = "deletedAt", source = "deletedDt")
    Dataset toDataset(DatasetRow row);

    DatasetConfigDocument toDocument(DatasetConfig config);

    DatasetConfig toConfig(DatasetConfigDocument document);

    /** Only a dataset that holds its name takes part in the unique index; see V1__datasets.sql. */
    default String nameKey(Dataset dataset) {
        return dataset.status().holdsName() ? dataset.name().uniquenessKey() : null;
    }

    default KeyframeSampling keyframeSampling(DatasetRow row) {
        return new KeyframeSampling(StoredWords.read(KeyframeSamplingMethod.class, row.keyframeSamplingMethod()),
                row.keyframeFps());
    }

    default UUID uuid(DatasetId id) {
        return id.value();
    }

    default DatasetId datasetId(UUID id) {
        return new DatasetId(id);
    }

    default String organizationId(OrganizationId organization) {
        return organization.value();
    }

    default OrganizationId organization(String organizationId) {
        return new OrganizationId(organizationId);
    }

    default String name(DatasetName name) {
        return name.value();
    }

    default DatasetName datasetName(String name) {
        return new DatasetName(name);
    }

    default String description(Description description) {
        return description == null ? null : description.value();
    }

    default Description description(String description) {
        return Description.ofNullable(description);
    }

    default String status(DatasetStatus status) {
        return StoredWords.of(status);
    }

    default DatasetStatus status(String status) {
        return StoredWords.read(DatasetStatus.class, status);
    }

    default Encoder encoder(String encoderName) {
        return EncoderCatalog.byName(encoderName).orElseThrow(
                () -> new IllegalStateException("stored encoder '" + encoderName + "' is not in the catalog"));
    }

    default String samplingMethod(KeyframeSamplingMethod method) {
        return StoredWords.of(method);
    }

    default String assetTypes(AllowedAssetTypes types) {
        return types.types().stream().map(StoredWords::of).collect(Collectors.joining(","));
    }

    default AllowedAssetTypes assetTypes(String types) {
        return new AllowedAssetTypes(Arrays.stream(types.split(","))
                .map(type -> StoredWords.read(AssetType.class, type)).toList());
    }

    default java.util.List<String> fieldNames(MetadataFields fields) {
        return fields == null ? null : fields.names();
    }

    default MetadataFields metadataFields(java.util.List<String> names) {
        return MetadataFields.ofNullable(names);
    }
}
