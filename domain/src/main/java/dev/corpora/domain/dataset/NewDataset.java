package dev.corpora.domain.dataset;

import dev.corpora.domain.encoder.Encoder;
import java.util.List;

/**
 * What a client asks for when it creates a dataset: any field may be {@code null} (not given), and nothing is
 * checked yet. {@link Dataset#create} checks it all at once.
 */
public record NewDataset(
        String name,
        Encoder encoder,
        String description,
        List<AssetType> allowedAssetTypes,
        KeyframeSamplingMethod keyframeSamplingMethod,
        Double keyframeUniformFpsSamplingRate,
        Boolean storeOriginal,
        Boolean storePreview,
        List<String> metadataFieldsToIndex,
        List<String> metadataFieldsToEmbed,
        DatasetConfigInput datasetConfig,
        Boolean addToPermit) {
}
