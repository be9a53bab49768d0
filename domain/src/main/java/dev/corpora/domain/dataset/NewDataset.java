package dev.corpora.domain.dataset;

import java.util.List;

/**
 * What a client asks for when it creates a dataset, as sent: any field may be {@code null} (absent), and
 * nothing is checked yet. {@link Dataset#create} checks it all at once.
 */
public record NewDataset(
        String name,
        String encoderName,
        String description,
        List<String> allowedAssetTypes,
        String keyframeSamplingMethod,
        Double keyframeUniformFpsSamplingRate,
        Boolean storeOriginal,
        Boolean storePreview,
        List<String> metadataFieldsToIndex,
        List<String> metadataFieldsToEmbed,
        DatasetConfigInput datasetConfig,
        Boolean addToPermit) {
}
