package dev.corpora.domain.dataset;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.time.Instant;
import java.util.Objects;

/**
 * A dataset: the collection a team ingests images and videos into, with the encoder that embeds them, how
 * keyframes are sampled, what is stored and which metadata fields are indexed and embedded.
 *
 * <p>Immutable: every change returns the next state, and only the methods here make one, each keeping the
 * rules. {@code version} grows by one with every change; it is the dataset's ETag.
 *
 * @param addToPermit       whether the dataset is registered in the access registry, its creator as owner
 * @param newVideoDataModel whether videos use the current video data model; every dataset created here does
 */
public record Dataset(
        DatasetId id,
        OrganizationId organization,
        DatasetName name,
        Description description,
        DatasetStatus status,
        Encoder encoder,
        AllowedAssetTypes allowedAssetTypes,
        KeyframeSampling keyframeSampling,
        boolean storeOriginal,
        boolean storePreview,
        MetadataFields metadataFieldsToIndex,
        MetadataFields metadataFieldsToEmbed,
        DatasetConfig config,
        boolean addToPermit,
        boolean newVideoDataModel,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant deletedAt,
        String deletedBy,
        long version) {

    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(allowedAssetTypes, "allowedAssetTypes");
        Objects.requireNonNull(keyframeSampling, "keyframeSampling");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    /**
     * Checks everything the client sent and makes a new, active dataset of the actor's organization.
     *
     * @throws ValidationFailed listing every broken rule, with field paths as sent
     */
    public static Dataset create(NewDataset input, DatasetId id, Actor actor, Instant now) {
        Violations violations = new Violations();
        DatasetName name = violations.check(() -> new DatasetName(input.name()), "name");
        Encoder encoder = input.encoderName() == null
                ? missing(violations, "encoder_name")
                : violations.check(() -> EncoderCatalog.visualEncoder(input.encoderName()), "encoder_name");
        Description description = violations.check(() -> Description.ofNullable(input.description()),
                "description");
        AllowedAssetTypes types = violations.check(() -> AllowedAssetTypes.fromWire(input.allowedAssetTypes()),
                "allowed_asset_types");
        KeyframeSampling sampling = checkSampling(input, violations);
        MetadataFields index = violations.check(() -> MetadataFields.ofNullable(input.metadataFieldsToIndex()),
                "metadata_fields_to_index");
        MetadataFields embed = violations.check(() -> MetadataFields.ofNullable(input.metadataFieldsToEmbed()),
                "metadata_fields_to_embed");
        DatasetConfig config = null;
        if (input.datasetConfig() != null) {
            // checked even when the encoder or the types are bad, so its own problems are reported too
            config = DatasetConfigRules.check(input.datasetConfig(), encoder, types, index, embed, violations);
        } else if (encoder != null && types != null) {
            config = DatasetConfigRules.derive(encoder, types, index, embed);
        }
        violations.throwIfAny();
        return new Dataset(id, actor.organization(), name, description, DatasetStatus.ACTIVE, encoder, types,
                sampling, orTrue(input.storeOriginal()), orTrue(input.storePreview()),
                MetadataFields.ofNullable(config.metadataFieldsToIndex()),
                MetadataFields.ofNullable(config.metadataFieldsToEmbed()), config, orTrue(input.addToPermit()),
                true, now, actor.subject(), now, actor.subject(), null, null, 1);
    }

    private static KeyframeSampling checkSampling(NewDataset input, Violations violations) {
        KeyframeSamplingMethod method = input.keyframeSamplingMethod() == null
                ? KeyframeSamplingMethod.INTELLIGENT
                : violations.check(() -> KeyframeSamplingMethod.fromWire(input.keyframeSamplingMethod()),
                        "keyframe_sampling_method");
        Double fps = input.keyframeUniformFpsSamplingRate();
        if (fps != null && violations.check(() -> {
            KeyframeSampling.checkFps(fps);
            return fps;
        }, "keyframe_uniform_fps_sampling_rate") == null) {
            return null;
        }
        return method == null ? null : new KeyframeSampling(method, fps);
    }

    private static <T> T missing(Violations violations, String field) {
        violations.add(ViolationKind.MISSING, "Field required", field);
        return null;
    }

    private static boolean orTrue(Boolean value) {
        return value == null || value;
    }
}
