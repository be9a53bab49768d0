package dev.corpora.domain.dataset;

import dev.corpora.domain.dataset.DatasetConfigInput.ExtraConfigInput;
import dev.corpora.domain.dataset.DatasetConfigInput.HybridSearchInput;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.error.Key;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives a dataset's config, or checks a sent one against the dataset: one key per allowed asset type, whose
 * encoder is the dataset's encoder and whose embedding id is that encoder's id; metadata lists that agree with
 * the top-level ones; sane search and composite settings. Violations are recorded under {@code datasetConfig}.
 */
public final class DatasetConfigRules {
    static final String FIELD = "datasetConfig";

    private DatasetConfigRules() {
    }

    /** The config a dataset gets when none is sent. */
    public static DatasetConfig derive(Encoder encoder, AllowedAssetTypes types, MetadataFields index,
                                       MetadataFields embed) {
        Map<String, UUID> embeddingIds = new LinkedHashMap<>();
        Map<String, String> encoderNames = new LinkedHashMap<>();
        for (AssetType type : types.types()) {
            embeddingIds.put(type.configKey(), encoder.id());
            encoderNames.put(type.configKey(), encoder.name());
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
        List<String> index = agreeingList(input.metadataFieldsToIndex(), topIndex, "metadataFieldsToIndex", found);
        List<String> embed = agreeingList(input.metadataFieldsToEmbed(), topEmbed, "metadataFieldsToEmbed", found);
        checkDescriptions(input.agenticSearchMetadataDescription(), found);
        checkOptionalName(input.assetIdentifierKey(), "assetIdentifierKey", found);
        checkOptionalName(input.contextStudioExportJsonConnectionName(), "contextStudioExportJsonConnectionName",
                found);
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
            found.add(ViolationKind.MISSING, "A config names the encoder of each asset type", "encoderName");
            return;
        }
        if (names.isEmpty()) {
            found.add(ViolationKind.EMPTY, "Needs one entry per allowed asset type", "encoderName");
        }
        names.forEach((type, name) -> {
            if (types != null && types.types().stream().noneMatch(t -> t.configKey().equals(type))) {
                found.add(ViolationKind.DISAGREES,
                        "'" + type + "' is not one of the dataset's allowed asset types", "encoderName", new Key(type));
            } else if (encoder != null && !encoder.name().equals(name)) {
                found.add(ViolationKind.DISAGREES,
                        "Must be the dataset's encoder '" + encoder.name() + "'", "encoderName", new Key(type));
            }
        });
    }

    private static void checkEmbeddingIds(Map<String, UUID> ids, Map<String, String> names, Encoder encoder,
                                          Violations found) {
        if (ids == null) {
            found.add(ViolationKind.MISSING, "A config names the embedding of each asset type", "embeddingId");
            return;
        }
        if (names != null && !ids.keySet().equals(names.keySet())) {
            found.add(ViolationKind.DISAGREES, "Must name the same asset types as the config's encoders",
                    "embeddingId");
        }
        ids.forEach((type, id) -> {
            if (encoder != null && !encoder.id().equals(id)) {
                found.add(ViolationKind.DISAGREES,
                        "Must be the embedding id of encoder '" + encoder.name() + "' (" + encoder.id() + ")",
                        "embeddingId", new Key(type));
            }
        });
    }

    private static Map<String, Integer> checkExtraConfig(ExtraConfigInput extra, Violations found) {
        if (extra == null) {
            return null;
        }
        if (extra.compositeSettings() == null) {
            found.add(ViolationKind.MISSING, "Extra config holds composite settings", "extraConfig",
                    "compositeSettings");
            return null;
        }
        extra.compositeSettings().forEach((name, seconds) -> {
            Object[] path = {"extraConfig", "compositeSettings", new Key(name), "maximumSliceDurationSeconds"};
            if (seconds == null) {
                found.add(ViolationKind.MISSING, "A composite needs its longest slice duration", path);
            } else if (seconds <= 0) {
                found.add(ViolationKind.BELOW_MINIMUM, "A slice lasts at least 1 second", path);
            }
        });
        return extra.compositeSettings();
    }

    private static Map<String, Double> checkHybridSearch(HybridSearchInput hybrid, Violations found) {
        if (hybrid == null) {
            return null;
        }
        if (hybrid.weights() == null) {
            found.add(ViolationKind.MISSING, "Hybrid search holds weights", "hybridSearch", "weights");
            return null;
        }
        hybrid.weights().forEach((modality, weight) -> {
            Object[] path = {"hybridSearch", "weights", new Key(modality)};
            if (weight == null) {
                found.add(ViolationKind.MISSING, "A weight is a number", path);
            } else if (Double.isNaN(weight) || Double.isInfinite(weight)) {
                found.add(ViolationKind.NOT_FINITE, "A weight is a finite number", path);
            } else if (weight < 0) {
                found.add(ViolationKind.BELOW_MINIMUM, "A weight is at least 0", path);
            }
        });
        boolean anyPositive = hybrid.weights().values().stream().anyMatch(w -> w != null && w > 0);
        if (!anyPositive) {
            found.add(ViolationKind.ALL_ZERO, "At least one weight must be above 0", "hybridSearch", "weights");
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
            found.add(ViolationKind.DISAGREES, "Must equal the dataset's own list when both are given", field);
        }
        return own.names();
    }

    private static void checkDescriptions(Map<String, String> descriptions, Violations found) {
        if (descriptions == null) {
            return;
        }
        descriptions.forEach((field, description) -> {
            if (field.isBlank()) {
                found.add(ViolationKind.BLANK, "A metadata field name cannot be blank",
                        "agenticSearchMetadataDescription");
            } else if (description == null) {
                found.add(ViolationKind.MISSING, "A metadata field's description is text",
                        "agenticSearchMetadataDescription", new Key(field));
            }
        });
    }

    private static void checkOptionalName(String value, String field, Violations found) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            found.add(ViolationKind.BLANK, "Cannot be blank", field);
        } else if (value.length() > MetadataFields.MAX_NAME_LENGTH) {
            found.add(ViolationKind.TOO_LONG, "A metadata field name has at most "
                    + MetadataFields.MAX_NAME_LENGTH + " characters", field);
        }
    }

    private static List<String> names(MetadataFields fields) {
        return fields == null ? null : fields.names();
    }
}
