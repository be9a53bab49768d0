package dev.corpora.domain.dataset;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.StateConflict;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A dataset: the collection a team ingests images and videos into, with the encoder that embeds them, how
 * keyframes are sampled, what is stored and which metadata fields are indexed and embedded.
 *
 * <p>Immutable: every change returns the next state, and only the methods here make one, each keeping the
 * rules. {@code version} grows by one with every change; it is the dataset's ETag.
 *
 * <p>Each behaviour returns a {@link Transition}: the next state and the {@link DatasetEvent}s it raised.
 *
 * @param addToPermit       whether the dataset is announced to the permission system as a resource: its creation
 *                          then also raises {@link DatasetEvent.PermitResourceCreated} (its creator as first owner)
 *                          and its finished deletion {@link DatasetEvent.PermitResourceDeleted}; when false,
 *                          neither. Corpora itself keeps no access registry: whoever consumes the events does
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
     * @return the dataset, with {@link DatasetEvent.Created} and, when it is added to permit,
     *         {@link DatasetEvent.PermitResourceCreated}
     * @throws ValidationFailed listing every broken rule, with paths of {@link NewDataset}'s field names
     */
    public static Transition create(NewDataset input, DatasetId id, Actor actor, Instant now) {
        Violations violations = new Violations();
        DatasetName name = violations.check(() -> new DatasetName(input.name()), "name");
        Encoder encoder = checkEncoder(input.encoder(), violations);
        Description description = violations.check(() -> Description.ofNullable(input.description()),
                "description");
        AllowedAssetTypes types = violations.check(() -> AllowedAssetTypes.orBoth(input.allowedAssetTypes()),
                "allowedAssetTypes");
        KeyframeSampling sampling = checkSampling(input, violations);
        MetadataFields index = violations.check(() -> MetadataFields.ofNullable(input.metadataFieldsToIndex()),
                "metadataFieldsToIndex");
        MetadataFields embed = violations.check(() -> MetadataFields.ofNullable(input.metadataFieldsToEmbed()),
                "metadataFieldsToEmbed");
        DatasetConfig config = null;
        if (input.datasetConfig() != null) {
            // checked even when the encoder or the types are bad, so its own problems are reported too
            config = DatasetConfigRules.check(input.datasetConfig(), encoder, types, index, embed, violations);
        } else if (encoder != null && types != null) {
            config = DatasetConfigRules.derive(encoder, types, index, embed);
        }
        violations.throwIfAny();
        Dataset created = new Dataset(id, actor.organization(), name, description, DatasetStatus.ACTIVE, encoder,
                types, sampling, orTrue(input.storeOriginal()), orTrue(input.storePreview()),
                MetadataFields.ofNullable(config.metadataFieldsToIndex()),
                MetadataFields.ofNullable(config.metadataFieldsToEmbed()), config, orTrue(input.addToPermit()),
                true, now, actor.subject(), now, actor.subject(), null, null, 1);
        return new Transition(created, created.addToPermit
                ? List.of(new DatasetEvent.Created(created), new DatasetEvent.PermitResourceCreated(created))
                : List.of(new DatasetEvent.Created(created)));
    }

    /**
     * Applies a partial update: absent fields stay, sent ones are checked with the same rules as on create. A sent
     * config replaces the old one whole but may not change the encoder or embedding ids; its metadata lists become
     * the dataset's. {@code description: null} clears the description; {@code name: null} and a null status are
     * rejected; a null {@code storeOriginal}, {@code storePreview} or {@code datasetConfig} changes nothing.
     * An empty update changes nothing, not even the version; any other makes a new version, with
     * {@link DatasetEvent.Updated} naming the fields whose values differ.
     *
     * @throws StateConflict    when the dataset is being deleted or is deleted
     * @throws ValidationFailed listing every broken rule
     */
    public Transition update(DatasetChanges changes, Actor actor, Instant now) {
        requireHoldsName("updated");
        if (changes.isEmpty()) {
            return Transition.unchanged(this);
        }
        Violations violations = new Violations();
        DatasetName newName = changed(changes.name(), name, violations, "A dataset's name cannot be removed",
                "name", DatasetName::new);
        Description newDescription = changes.description().sent()
                ? violations.check(() -> Description.ofNullable(changes.description().value()), "description")
                : description;
        DatasetStatus newStatus = changed(changes.status(), status, violations, "A dataset's status cannot be removed",
                "status", Dataset::settableStatus);
        boolean newStoreOriginal = orCurrent(changes.storeOriginal(), storeOriginal);
        boolean newStorePreview = orCurrent(changes.storePreview(), storePreview);
        DatasetConfig newConfig = changes.datasetConfig().value() != null
                ? replacementConfig(changes.datasetConfig().value(), violations) : config;
        violations.throwIfAny();
        Dataset updated = new Dataset(id, organization, newName, newDescription, newStatus, encoder,
                allowedAssetTypes, keyframeSampling, newStoreOriginal, newStorePreview,
                MetadataFields.ofNullable(newConfig.metadataFieldsToIndex()),
                MetadataFields.ofNullable(newConfig.metadataFieldsToEmbed()), newConfig, addToPermit,
                newVideoDataModel, createdAt, createdBy, now, actor.subject(), deletedAt, deletedBy, version + 1);
        return new Transition(updated, List.of(new DatasetEvent.Updated(updated, fieldsChangedTo(updated))));
    }

    /** The names of the fields a client can change whose values differ in the other version. */
    private List<String> fieldsChangedTo(Dataset other) {
        List<String> changed = new ArrayList<>();
        addIfDiffers(changed, "name", name, other.name);
        addIfDiffers(changed, "description", description, other.description);
        addIfDiffers(changed, "status", status, other.status);
        addIfDiffers(changed, "storeOriginal", storeOriginal, other.storeOriginal);
        addIfDiffers(changed, "storePreview", storePreview, other.storePreview);
        addIfDiffers(changed, "metadataFieldsToIndex", metadataFieldsToIndex, other.metadataFieldsToIndex);
        addIfDiffers(changed, "metadataFieldsToEmbed", metadataFieldsToEmbed, other.metadataFieldsToEmbed);
        addIfDiffers(changed, "config", config, other.config);
        return changed;
    }

    private static void addIfDiffers(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /**
     * Starts deleting: the dataset frees its name at once and a background worker finishes the deletion.
     * Deleting a dataset that is already being deleted changes nothing and raises nothing.
     *
     * @param now when the deletion started: the time of {@link DatasetEvent.DeletionStarted}
     * @throws StateConflict when the dataset is deleted already
     */
    public Transition markDeleting(Actor actor, Instant now) {
        if (status == DatasetStatus.DELETING) {
            return Transition.unchanged(this);
        }
        requireHoldsName("deleted");
        Dataset deleting = new Dataset(id, organization, name, description, DatasetStatus.DELETING, encoder, allowedAssetTypes,
                keyframeSampling, storeOriginal, storePreview, metadataFieldsToIndex, metadataFieldsToEmbed, config,
                addToPermit, newVideoDataModel, createdAt, createdBy, updatedAt, updatedBy, null, actor.subject(),
                version + 1);
        return new Transition(deleting, List.of(new DatasetEvent.DeletionStarted(deleting, now)));
    }

    /**
     * Finishes a deletion that was started: {@link DatasetEvent.Deleted}, and
     * {@link DatasetEvent.PermitResourceDeleted} when the dataset was added to permit.
     *
     * @throws StateConflict when the dataset is not being deleted
     */
    public Transition completeDeletion(Instant now) {
        if (status != DatasetStatus.DELETING) {
            throw new StateConflict("Only a dataset being deleted can finish its deletion; " + id + " is "
                    + status.name().toLowerCase(Locale.ROOT));
        }
        Dataset deleted = new Dataset(id, organization, name, description, DatasetStatus.DELETED, encoder,
                allowedAssetTypes, keyframeSampling, storeOriginal, storePreview, metadataFieldsToIndex,
                metadataFieldsToEmbed, config, addToPermit, newVideoDataModel, createdAt, createdBy, updatedAt,
                updatedBy, now, deletedBy, version + 1);
        return new Transition(deleted, deleted.addToPermit
                ? List.of(new DatasetEvent.Deleted(deleted), new DatasetEvent.PermitResourceDeleted(deleted))
                : List.of(new DatasetEvent.Deleted(deleted)));
    }

    private void requireHoldsName(String toBe) {
        if (!status.holdsName()) {
            throw new StateConflict("Dataset " + id + " is " + status.name().toLowerCase(Locale.ROOT)
                    + " and cannot be " + toBe);
        }
    }

    private DatasetConfig replacementConfig(DatasetConfigInput input, Violations violations) {
        DatasetConfig replacement = DatasetConfigRules.check(input, encoder, allowedAssetTypes, null, null,
                violations);
        if (replacement == null) {
            return config;
        }
        if (!replacement.encoderName().equals(config.encoderName())) {
            violations.add(ViolationKind.UNCHANGEABLE, "The encoders of a dataset cannot change; keep "
                    + config.encoderName(), DatasetConfigRules.FIELD, "encoderName");
        }
        if (!replacement.embeddingId().equals(config.embeddingId())) {
            violations.add(ViolationKind.UNCHANGEABLE, "The embedding ids of a dataset cannot change; keep "
                    + config.embeddingId(), DatasetConfigRules.FIELD, "embeddingId");
        }
        return replacement;
    }

    private static DatasetStatus settableStatus(DatasetStatus wanted) {
        if (!wanted.holdsName()) {
            throw new InvalidValue(ViolationKind.NOT_ONE_OF,
                    "A client may make a dataset active or inactive; deleting takes a delete");
        }
        return wanted;
    }

    /**
     * The new value of a field that nothing can clear: the reference API declares it nullable, so a sent null
     * leaves it as it is, like an absent one.
     */
    private static <T> T orCurrent(Change<T> change, T current) {
        return change.value() == null ? current : change.value();
    }

    /** The new value of a field that cannot be null: the current one when absent, checked when sent. */
    private static <R, T> T changed(Change<R> change, T current, Violations violations, String nullMessage,
                                    String field, Function<R, T> build) {
        if (!change.sent()) {
            return current;
        }
        if (change.value() == null) {
            violations.add(ViolationKind.MISSING, nullMessage, field);
            return current;
        }
        T value = violations.check(() -> build.apply(change.value()), field);
        return value == null ? current : value;
    }

    private static KeyframeSampling checkSampling(NewDataset input, Violations violations) {
        KeyframeSamplingMethod method = input.keyframeSamplingMethod() == null
                ? KeyframeSamplingMethod.INTELLIGENT : input.keyframeSamplingMethod();
        Double fps = input.keyframeUniformFpsSamplingRate();
        if (fps != null && violations.check(() -> {
            KeyframeSampling.checkFps(fps);
            return fps;
        }, "keyframeUniformFpsSamplingRate") == null) {
            return null;
        }
        return new KeyframeSampling(method, fps);
    }

    /** Only a visual encoder can encode a dataset. */
    private static Encoder checkEncoder(Encoder encoder, Violations violations) {
        if (encoder == null) {
            violations.add(ViolationKind.MISSING, "A dataset needs an encoder", "encoder");
            return null;
        }
        if (!encoder.isVisual()) {
            violations.add(ViolationKind.NOT_ONE_OF, "The encoder of a dataset is a visual encoder, not "
                    + encoder.name(), "encoder");
            return null;
        }
        return encoder;
    }

    private static boolean orTrue(Boolean value) {
        return value == null || value;
    }
}
