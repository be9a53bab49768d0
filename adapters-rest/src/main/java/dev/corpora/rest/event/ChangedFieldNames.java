package dev.corpora.rest.event;

import java.util.List;
import java.util.Map;

/** The names the domain gives a dataset's changeable fields, as {@code DatasetResponse} spells them. */
final class ChangedFieldNames {
    private static final Map<String, String> ON_THE_WIRE = Map.of(
            "name", "name",
            "description", "description",
            "status", "status",
            "storeOriginal", "store_original",
            "storePreview", "store_preview",
            "metadataFieldsToIndex", "metadata_fields_to_index",
            "metadataFieldsToEmbed", "metadata_fields_to_embed",
            "config", "dataset_config");

    private ChangedFieldNames() {
    }

    static List<String> onTheWire(List<String> domainNames) {
        return domainNames.stream().map(name -> {
            String wire = ON_THE_WIRE.get(name);
            if (wire == null) {
                throw new IllegalArgumentException("no wire name for the dataset field " + name);
            }
            return wire;
        }).toList();
    }
}
