package dev.corpora.domain.dataset;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.StateConflict;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

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

    /**
     * Applies a partial update: absent fields stay, sent ones are checked with the same rules as on create. A sent
     * config replaces the old one whole but may not change the encoder or embedding ids; its metadata lists become
     * the dataset's. {@code description: null} clears the description; {@code name: null} and a null status are
     * rejected; a null {@code store_original}, {@code store_preview} or {@code dataset_config} changes nothing.
     * An empty update changes nothing, not even the version.
     *
     * @throws StateConflict    when the dataset is being deleted or is deleted
     * @throws ValidationFailed listing every broken rule
     */
    public Dataset update(DatasetChanges changes, Actor actor, Instant now) {
        requireHoldsName("updated");
        if (changes.isEmpty()) {
            return this;
        }
        Violations violations = new Violations();
        DatasetName newName = changed(changes.name(), name, violations, ViolationKind.STRING_TYPE,
                "Input should be a valid string", "name", DatasetName::new);
        Description newDescription = changes.description().sent()
                ? violations.check(() -> Description.ofNullable(changes.description().value()), "description")
                : description;
        DatasetStatus newStatus = changed(changes.status(), status, violations, ViolationKind.ENUM,
                "Input should be 'active' or 'inactive'", "status", Dataset::settableStatus);
        boolean newStoreOriginal = orCurrent(changes.storeOriginal(), storeOriginal);
        boolean newStorePreview = orCurrent(changes.storePreview(), storePreview);
        DatasetConfig newConfig = changes.datasetConfig().value() != null
                ? replacementConfig(changes.datasetConfig().value(), violations) : config;
        violations.throwIfAny();
        return new Dataset(id, organization, newName, newDescription, newStatus, encoder, allowedAssetTypes,
                keyframeSampling, newStoreOriginal, newStorePreview,
                MetadataFields.ofNullable(newConfig.metadataFieldsToIndex()),
                MetadataFields.ofNullable(newConfig.metadataFieldsToEmbed()), newConfig, addToPermit,
                newVideoDataModel, createdAt, createdBy, now, actor.subject(), deletedAt, deletedBy, version + 1);
    }

    /**
     * Starts deleting: the dataset frees its name at once and a background worker finishes the deletion.
     * Deleting a dataset that is already being deleted changes nothing.
     *
     * @throws StateConflict when the dataset is deleted already
     */
    public Dataset markDeleting(Actor actor) {
        if (status == DatasetStatus.DELETING) {
            return this;
        }
        requireHoldsName("deleted");
        return new Dataset(id, organization, name, description, DatasetStatus.DELETING, encoder, allowedAssetTypes,
                keyframeSampling, storeOriginal, storePreview, metadataFieldsToIndex, metadataFieldsToEmbed, config,
                addToPermit, newVideoDataModel, createdAt, createdBy, updatedAt, updatedBy, null, actor.subject(),
                version + 1);
    }

    /**
     * Finishes a deletion that was started.
     *
     * @throws StateConflict when the dataset is not being deleted
     */
    public Dataset completeDeletion(Instant now) {
        if (status != DatasetStatus.DELETING) {
            throw new StateConflict("Only a dataset being deleted can finish its deletion; " + id + " is "
                    + status.wireName());
        }
        return new Dataset(id, organization, name, description, DatasetStatus.DELETED, encoder, allowedAssetTypes,
                keyframeSampling, storeOriginal, storePreview, metadataFieldsToIndex, metadataFieldsToEmbed, config,
                addToPermit, newVideoDataModel, createdAt, createdBy, updatedAt, updatedBy, now, deletedBy,
                version + 1);
    }

    private void requireHoldsName(String toBe) {
        if (!status.holdsName()) {
            throw new StateConflict("Dataset " + id + " is " + status.wireName() + " and cannot be " + toBe);
        }
    }

    private DatasetConfig replacementConfig(DatasetConfigInput input, Violations violations) {
        DatasetConfig replacement = DatasetConfigRules.check(input, encoder, allowedAssetTypes, null, null,
                violations);
        if (replacement == null) {
            return config;
        }
        if (!replacement.encoderName().equals(config.encoderName())) {
            violations.add(ViolationKind.VALUE_ERROR, "The encoders of a dataset cannot change; keep "
                    + config.encoderName(), DatasetConfigRules.FIELD, "encoder_name");
        }
        if (!replacement.embeddingId().equals(config.embeddingId())) {
            violations.add(ViolationKind.VALUE_ERROR, "The embedding ids of a dataset cannot change; keep "
                    + config.embeddingId(), DatasetConfigRules.FIELD, "embedding_id");
        }
        return replacement;
    }

    private static DatasetStatus settableStatus(String wire) {
        if (DatasetStatus.ACTIVE.wireName().equals(wire)) {
            return DatasetStatus.ACTIVE;
        }
        if (DatasetStatus.INACTIVE.wireName().equals(wire)) {
            return DatasetStatus.INACTIVE;
        }
        throw new InvalidValue(ViolationKind.ENUM, "Input should be 'active' or 'inactive'");
    }

    /**
     * The new value of a field that nothing can clear: the reference API declares it nullable, so a sent null
     * leaves it as it is, like an absent one.
     */
    private static <T> T orCurrent(Change<T> change, T current) {
        return change.value() == null ? current : change.value();
    }

    /** The new value of a field that cannot be null: the current one when absent, checked when sent. */
    private static <R, T> T changed(Change<R> change, T current, Violations violations, ViolationKind nullKind,
                                    String nullMessage, String field, Function<R, T> build) {
        if (!change.sent()) {
            return current;
        }
        if (change.value() == null) {
            violations.add(nullKind, nullMessage, field);
            return current;
        }
        T value = violations.check(() -> build.apply(change.value()), field);
        return value == null ? current : value;
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
