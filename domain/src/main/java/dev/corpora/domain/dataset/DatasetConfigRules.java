package dev.corpora.domain.dataset;

import dev.corpora.domain.dataset.DatasetConfigInput.ExtraConfigInput;
import dev.corpora.domain.dataset.DatasetConfigInput.HybridSearchInput;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives a dataset's config, or checks a sent one against the dataset: one key per allowed asset type, whose
 * encoder is the dataset's encoder and whose embedding id is that encoder's id; metadata lists that agree with
 * the top-level ones; sane search and composite settings. Violations are recorded under {@code dataset_config}.
 */
public final class DatasetConfigRules {
    static final String FIELD = "dataset_config";

    private DatasetConfigRules() {
    }

    /** The config a dataset gets when none is sent. */
    public static DatasetConfig derive(Encoder encoder, AllowedAssetTypes types, MetadataFields index,
                                       MetadataFields embed) {
        Map<String, UUID> embeddingIds = new LinkedHashMap<>();
        Map<String, String> encoderNames = new LinkedHashMap<>();
        for (AssetType type : types.types()) {
            embeddingIds.put(type.wireName(), encoder.id());
            encoderNames.put(type.wireName(), encoder.name());
        }
        return new DatasetConfig(embeddingIds, encoderNames, null, null, false, false, names(index), names(embed),
                null, null, null);
    }

    /**
     * Checks a sent config. Top-level metadata lists, when given, must equal the config's; when only one side
     * gives a list, both end up with it. {@code encoder} and {@code types} are {@code null} when they were
     * invalid themselves: the checks against them are skipped, the others still run.
     *
     * @return the config, or {@code null} when {@code violations} got something
     */
    public static DatasetConfig check(DatasetConfigInput input, Encoder encoder, AllowedAssetTypes types,
                                      MetadataFields topIndex, MetadataFields topEmbed, Violations violations) {
        Violations found = new Violations();
        checkEncoderNames(input.encoderName(), encoder, types, found);
        checkEmbeddingIds(input.embeddingId(), input.encoderName(), encoder, found);
        Map<String, Integer> composites = checkExtraConfig(input.extraConfig(), found);
        Map<String, Double> weights = checkHybridSearch(input.hybridSearch(), found);
        List<String> index = agreeingList(input.metadataFieldsToIndex(), topIndex, "metadata_fields_to_index", found);
        List<String> embed = agreeingList(input.metadataFieldsToEmbed(), topEmbed, "metadata_fields_to_embed", found);
        checkDescriptions(input.agenticSearchMetadataDescription(), found);
        checkOptionalName(input.assetIdentifierKey(), "asset_identifier_key", found);
        checkOptionalName(input.contextStudioExportJsonConnectionName(),
                "context_studio_export_json_connection_name", found);
        if (!found.isEmpty()) {
            violations.addAll(found.under(FIELD));
            return null;
        }
        return new DatasetConfig(input.embeddingId(), input.encoderName(), composites, weights,
                Boolean.TRUE.equals(input.contextStudioEnabled()),
                Boolean.TRUE.equals(input.celebrityDetectionEnabled()), index, embed,
                input.agenticSearchMetadataDescription(), input.assetIdentifierKey(),
                input.contextStudioExportJsonConnectionName());
    }

    private static void checkEncoderNames(Map<String, String> names, Encoder encoder, AllowedAssetTypes types,
                                          Violations found) {
        if (names == null) {
            found.add(ViolationKind.MISSING, "Field required", "encoder_name");
            return;
        }
        if (names.isEmpty()) {
            found.add(ViolationKind.TOO_SHORT, "Needs one entry per allowed asset type", "encoder_name");
        }
        names.forEach((type, name) -> {
            if (types != null && types.types().stream().noneMatch(t -> t.wireName().equals(type))) {
                found.add(ViolationKind.VALUE_ERROR,
                        "'" + type + "' is not one of the dataset's allowed_asset_types", "encoder_name", type);
            } else if (encoder != null && !encoder.name().equals(name)) {
                found.add(ViolationKind.VALUE_ERROR,
                        "Must be the dataset's encoder_name '" + encoder.name() + "'", "encoder_name", type);
            }
        });
    }

    private static void checkEmbeddingIds(Map<String, UUID> ids, Map<String, String> names, Encoder encoder,
                                          Violations found) {
        if (ids == null) {
            found.add(ViolationKind.MISSING, "Field required", "embedding_id");
            return;
        }
        if (names != null && !ids.keySet().equals(names.keySet())) {
            found.add(ViolationKind.VALUE_ERROR, "Must have the same keys as dataset_config.encoder_name",
                    "embedding_id");
        }
        ids.forEach((type, id) -> {
            if (encoder != null && !encoder.id().equals(id)) {
                found.add(ViolationKind.VALUE_ERROR,
                        "Must be the embedding id of encoder '" + encoder.name() + "' (" + encoder.id() + ")",
                        "embedding_id", type);
            }
        });
    }

    private static Map<String, Integer> checkExtraConfig(ExtraConfigInput extra, Violations found) {
        if (extra == null) {
            return null;
        }
        if (extra.compositeSettings() == null) {
            found.add(ViolationKind.MISSING, "Field required", "extra_config", "composite_settings");
            return null;
        }
        extra.compositeSettings().forEach((name, seconds) -> {
            Object[] path = {"extra_config", "composite_settings", name, "maximum_slice_duration_seconds"};
            if (seconds == null) {
                found.add(ViolationKind.MISSING, "Field required", path);
            } else if (seconds <= 0) {
                found.add(ViolationKind.GREATER_THAN, "Input should be greater than 0", path);
            }
        });
        return extra.compositeSettings();
    }

    private static Map<String, Double> checkHybridSearch(HybridSearchInput hybrid, Violations found) {
        if (hybrid == null) {
            return null;
        }
        if (hybrid.weights() == null) {
            found.add(ViolationKind.MISSING, "Field required", "hybrid_search", "weights");
            return null;
        }
        hybrid.weights().forEach((modality, weight) -> {
            if (weight == null) {
                found.add(ViolationKind.MISSING, "Input should be a number", "hybrid_search", "weights", modality);
            } else if (!(weight >= 0) || Double.isInfinite(weight)) {
                found.add(ViolationKind.GREATER_THAN_EQUAL, "Input should be a finite number >= 0",
                        "hybrid_search", "weights", modality);
            }
        });
        boolean anyPositive = hybrid.weights().values().stream().anyMatch(w -> w != null && w > 0);
        if (!anyPositive) {
            found.add(ViolationKind.VALUE_ERROR, "At least one weight must be above 0", "hybrid_search", "weights");
        }
        return hybrid.weights();
    }

    private static List<String> agreeingList(List<String> sent, MetadataFields top, String field,
                                             Violations found) {
        MetadataFields own = found.check(() -> MetadataFields.ofNullable(sent), field);
        if (own == null) {
            return sent == null ? names(top) : null;
        }
        if (top != null && !top.names().equals(own.names())) {
            found.add(ViolationKind.VALUE_ERROR, "Must equal the top-level " + field + " when both are given",
                    field);
        }
        return own.names();
    }

    private static void checkDescriptions(Map<String, String> descriptions, Violations found) {
        if (descriptions == null) {
            return;
        }
        descriptions.forEach((field, description) -> {
            if (field.isBlank()) {
                found.add(ViolationKind.VALUE_ERROR, "A metadata field name cannot be blank",
                        "agentic_search_metadata_description");
            } else if (description == null) {
                found.add(ViolationKind.MISSING, "Input should be a valid string, not null",
                        "agentic_search_metadata_description", field);
            }
        });
    }

    private static void checkOptionalName(String value, String field, Violations found) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            found.add(ViolationKind.STRING_TOO_SHORT, "Cannot be blank", field);
        } else if (value.length() > MetadataFields.MAX_NAME_LENGTH) {
            found.add(ViolationKind.STRING_TOO_LONG, "String should have at most 255 characters", field);
        }
    }

    private static List<String> names(MetadataFields fields) {
        return fields == null ? null : fields.names();
    }
}
