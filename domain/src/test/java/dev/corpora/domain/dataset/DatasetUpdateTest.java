package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.ChangeRequests.aChangeRequest;
import static dev.corpora.domain.dataset.Creating.NOW;
import static dev.corpora.domain.dataset.Creating.Problem.problem;
import static dev.corpora.domain.dataset.Creating.WRITER;
import static dev.corpora.domain.dataset.Creating.create;
import static dev.corpora.domain.dataset.DatasetConfigInputs.MULTIMODAL_ID;
import static dev.corpora.domain.dataset.DatasetConfigInputs.RESNET_50_ID;
import static dev.corpora.domain.dataset.DatasetConfigInputs.aDatasetConfig;
import static dev.corpora.domain.dataset.DatasetConfigInputs.map;
import static dev.corpora.domain.dataset.NewDatasets.aNewDataset;
import static dev.corpora.domain.dataset.Updating.LATER;
import static dev.corpora.domain.dataset.Updating.deleted;
import static dev.corpora.domain.dataset.Updating.deleting;
import static dev.corpora.domain.dataset.Updating.failureOf;
import static dev.corpora.domain.dataset.Updating.update;
import static dev.corpora.domain.dataset.Updating.updateProblemsOf;
import static dev.corpora.domain.error.ViolationKind.ALL_ZERO;
import static dev.corpora.domain.error.ViolationKind.BLANK;
import static dev.corpora.domain.error.ViolationKind.DISAGREES;
import static dev.corpora.domain.error.ViolationKind.MISSING;
import static dev.corpora.domain.error.ViolationKind.NOT_ALLOWED_CHARACTERS;
import static dev.corpora.domain.error.ViolationKind.NOT_ONE_OF;
import static dev.corpora.domain.error.ViolationKind.REPEATED;
import static dev.corpora.domain.error.ViolationKind.TOO_LONG;
import static dev.corpora.domain.error.ViolationKind.UNCHANGEABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.corpora.domain.error.Key;
import dev.corpora.domain.error.StateConflict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of Update Dataset: a partial update checked with the rules of create. */
class DatasetUpdateTest {
    private final Dataset dataset = create(aNewDataset().withDescription("Summer 2026")
            .withMetadataFieldsToIndex("title").withMetadataFieldsToEmbed("caption")
            .withStoreOriginal(true).withStorePreview(true));

    @Nested
    class AbsentFields {
        @Test
        void stayAsTheyAre() {
            Dataset updated = update(dataset, aChangeRequest().withStorePreview(false));

            assertThat(updated.name()).isEqualTo(dataset.name());
            assertThat(updated.description()).isEqualTo(dataset.description());
            assertThat(updated.status()).isEqualTo(dataset.status());
            assertThat(updated.storeOriginal()).isTrue();
            assertThat(updated.config()).isEqualTo(dataset.config());
            assertThat(updated.metadataFieldsToIndex()).isEqualTo(dataset.metadataFieldsToIndex());
            assertThat(updated.metadataFieldsToEmbed()).isEqualTo(dataset.metadataFieldsToEmbed());
        }

        @Test
        void emptyChangeReturnsTheSameDatasetAtTheSameVersion() {
            Dataset updated = update(dataset, aChangeRequest());

            assertThat(updated).isSameAs(dataset);
            assertThat(updated.version()).isEqualTo(dataset.version());
            assertThat(updated.updatedAt()).isEqualTo(NOW);
            assertThat(updated.updatedBy()).isEqualTo(WRITER.subject());
        }

        @Test
        void fieldsNoUpdateCanReachStayToo() {
            Dataset updated = update(dataset, aChangeRequest().withName("renamed"));

            assertThat(updated.id()).isEqualTo(dataset.id());
            assertThat(updated.organization()).isEqualTo(dataset.organization());
            assertThat(updated.encoder()).isEqualTo(dataset.encoder());
            assertThat(updated.allowedAssetTypes()).isEqualTo(dataset.allowedAssetTypes());
            assertThat(updated.keyframeSampling()).isEqualTo(dataset.keyframeSampling());
            assertThat(updated.addToPermit()).isEqualTo(dataset.addToPermit());
            assertThat(updated.newVideoDataModel()).isEqualTo(dataset.newVideoDataModel());
            assertThat(updated.createdAt()).isEqualTo(dataset.createdAt());
            assertThat(updated.createdBy()).isEqualTo(dataset.createdBy());
            assertThat(updated.deletedAt()).isNull();
            assertThat(updated.deletedBy()).isNull();
        }
    }

    @Nested
    class Bookkeeping {
        @Test
        void versionGrowsByOne() {
            assertThat(update(dataset, aChangeRequest().withName("renamed")).version())
                    .isEqualTo(dataset.version() + 1);
        }

        @Test
        void setsUpdatedAtAndUpdatedBy() {
            Dataset updated = update(dataset, aChangeRequest().withName("renamed"));

            assertThat(updated.updatedAt()).isEqualTo(LATER);
            assertThat(updated.updatedBy()).isEqualTo("bob");
        }

        @Test
        void eachUpdateGrowsTheVersionAgain() {
            Dataset once = update(dataset, aChangeRequest().withName("once"));
            Dataset twice = update(once, aChangeRequest().withName("twice"));

            assertThat(twice.version()).isEqualTo(dataset.version() + 2);
        }

        @Test
        void failedUpdateLeavesTheDatasetAsItWas() {
            Dataset before = dataset;
            failureOf(dataset, aChangeRequest().withName("bad-name"));

            assertThat(dataset).isEqualTo(before);
            assertThat(dataset.name().value()).isEqualTo("holiday_photos");
        }
    }

    @Nested
    class Name {
        @Test
        void renames() {
            assertThat(update(dataset, aChangeRequest().withName("Winter_2026")).name().value())
                    .isEqualTo("Winter_2026");
        }

        @Test
        void renamesToItsOwnNameInAnotherCase() {
            assertThat(update(dataset, aChangeRequest().withName("HOLIDAY_PHOTOS")).name().value())
                    .isEqualTo("HOLIDAY_PHOTOS");
        }

        @Test
        void rejectsNullNameAsMissing() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withName(null)))
                    .containsExactly(problem(MISSING, "name"));
        }

        @Test
        void rejectsNameWithDash() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withName("holiday-photos")))
                    .containsExactly(problem(NOT_ALLOWED_CHARACTERS, "name"));
        }

        @Test
        void rejectsEmptyNameAsBlank() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withName("")))
                    .containsExactly(problem(BLANK, "name"));
        }

        @Test
        void rejectsNameOf129CharactersAsTooLong() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withName("a".repeat(129))))
                    .containsExactly(problem(TOO_LONG, "name"));
        }

        @Test
        void acceptsNameOf128Characters() {
            String longest = "a".repeat(128);
            assertThat(update(dataset, aChangeRequest().withName(longest)).name().value()).isEqualTo(longest);
        }
    }

    @Nested
    class DescriptionField {
        @Test
        void replacesTheDescription() {
            assertThat(update(dataset, aChangeRequest().withDescription("Winter")).description().value())
                    .isEqualTo("Winter");
        }

        @Test
        void nullClearsIt() {
            Dataset updated = update(dataset, aChangeRequest().withDescription(null));

            assertThat(updated.description()).isNull();
            assertThat(updated.version()).isEqualTo(dataset.version() + 1);
        }

        @Test
        void rejectsDescriptionOf2001Characters() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withDescription("d".repeat(2001))))
                    .containsExactly(problem(TOO_LONG, "description"));
        }

        @Test
        void acceptsDescriptionOf2000Characters() {
            assertThat(update(dataset, aChangeRequest().withDescription("d".repeat(2000))).description().value())
                    .hasSize(2000);
        }
    }

    @Nested
    class Status {
        @Test
        void becomesInactive() {
            assertThat(update(dataset, aChangeRequest().withStatus(DatasetStatus.INACTIVE)).status())
                    .isEqualTo(DatasetStatus.INACTIVE);
        }

        @Test
        void becomesActiveAgain() {
            Dataset inactive = update(dataset, aChangeRequest().withStatus(DatasetStatus.INACTIVE));

            assertThat(update(inactive, aChangeRequest().withStatus(DatasetStatus.ACTIVE)).status())
                    .isEqualTo(DatasetStatus.ACTIVE);
        }

        @ParameterizedTest
        @EnumSource(value = DatasetStatus.class, names = {"DELETING", "DELETED"})
        void rejectsAnyStatusButActiveOrInactive(DatasetStatus status) {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withStatus(status)))
                    .containsExactly(problem(NOT_ONE_OF, "status"));
        }

        @Test
        void rejectsNullStatusAsMissing() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withStatus(null)))
                    .containsExactly(problem(MISSING, "status"));
        }
    }

    @Nested
    class Storage {
        @Test
        void changesStoreOriginalAndStorePreview() {
            Dataset updated = update(dataset, aChangeRequest().withStoreOriginal(false).withStorePreview(false));

            assertThat(updated.storeOriginal()).isFalse();
            assertThat(updated.storePreview()).isFalse();
        }

        @Test
        void turnsThemBackOn() {
            Dataset off = update(dataset, aChangeRequest().withStoreOriginal(false).withStorePreview(false));
            Dataset on = update(off, aChangeRequest().withStoreOriginal(true).withStorePreview(true));

            assertThat(on.storeOriginal()).isTrue();
            assertThat(on.storePreview()).isTrue();
        }

        @Test
        void nullStoreFlagsLeaveThemAsTheyAre() {
            Dataset off = update(dataset, aChangeRequest().withStoreOriginal(false).withStorePreview(false));
            Dataset unchanged = update(off, aChangeRequest().withStoreOriginal(null).withStorePreview(null));

            assertThat(unchanged.storeOriginal()).isFalse();
            assertThat(unchanged.storePreview()).isFalse();
        }
    }

    @Nested
    class Config {
        @Test
        void nullConfigKeepsTheOldOne() {
            Dataset unchanged = update(dataset, aChangeRequest().withDatasetConfig((DatasetConfigInput) null));

            assertThat(unchanged.config()).isEqualTo(dataset.config());
        }

        @Test
        void sentConfigReplacesTheOldOneWhole() {
            Dataset rich = create(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", 1.0)).withContextStudioEnabled(true)
                    .withCelebrityDetectionEnabled(true).withAssetIdentifierKey("asset_id")));

            DatasetConfig config = update(rich, aChangeRequest().withDatasetConfig(aDatasetConfig()
                    .withCompositeSettings(map("scene", 30)))).config();

            assertThat(config.compositeSliceSeconds()).containsOnly(entry("scene", 30));
            assertThat(config.hybridSearchWeights()).isNull();
            assertThat(config.contextStudioEnabled()).isFalse();
            assertThat(config.celebrityDetectionEnabled()).isFalse();
            assertThat(config.assetIdentifierKey()).isNull();
        }

        @Test
        void keepsTheEncodersAndEmbeddingIds() {
            DatasetConfig config = update(dataset, aChangeRequest().withDatasetConfig(aDatasetConfig())).config();

            assertThat(config.encoderName()).containsOnly(entry("image", "multimodal"), entry("video", "multimodal"));
            assertThat(config.embeddingId()).containsOnly(entry("image", MULTIMODAL_ID), entry("video", MULTIMODAL_ID));
        }

        @Test
        void acceptsTheSameKeysInAnotherOrder() {
            Dataset updated = update(dataset, aChangeRequest().withDatasetConfig(
                    aDatasetConfig().forEncoder("multimodal", MULTIMODAL_ID, "video", "image")));

            assertThat(updated.config().encoderName().keySet()).containsExactlyInAnyOrder("image", "video");
        }

        @Test
        void itsMetadataListsBecomeTheDatasetsTopLevelOnes() {
            Dataset updated = update(dataset, aChangeRequest().withDatasetConfig(aDatasetConfig()
                    .withMetadataFieldsToIndex("title", "year").withMetadataFieldsToEmbed("summary")));

            assertThat(updated.metadataFieldsToIndex().names()).containsExactly("title", "year");
            assertThat(updated.metadataFieldsToEmbed().names()).containsExactly("summary");
            assertThat(updated.config().metadataFieldsToIndex()).containsExactly("title", "year");
            assertThat(updated.config().metadataFieldsToEmbed()).containsExactly("summary");
        }

        @Test
        void configWithoutMetadataListsClearsTheTopLevelOnes() {
            Dataset updated = update(dataset, aChangeRequest().withDatasetConfig(aDatasetConfig()));

            assertThat(updated.metadataFieldsToIndex()).isNull();
            assertThat(updated.metadataFieldsToEmbed()).isNull();
            assertThat(updated.config().metadataFieldsToIndex()).isNull();
        }

        @Test
        void rejectsConfigThatDropsTheVideoKey() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withDatasetConfig(
                    aDatasetConfig().forEncoder("multimodal", MULTIMODAL_ID, "image"))))
                    .containsExactly(problem(UNCHANGEABLE, "datasetConfig", "encoderName"),
                            problem(UNCHANGEABLE, "datasetConfig", "embeddingId"));
        }

        @Test
        void rejectsConfigThatChangesTheEmbeddingIds() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withDatasetConfig(aDatasetConfig()
                    .withEmbeddingId(map("image", MULTIMODAL_ID, "video", RESNET_50_ID)))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "embeddingId", new Key("video")));
        }

        @Test
        void rejectsConfigOfAnotherEncoder() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withDatasetConfig(
                    aDatasetConfig().forEncoder("resnet-50", RESNET_50_ID, "image", "video"))))
                    .containsExactly(
                            problem(DISAGREES, "datasetConfig", "encoderName", new Key("image")),
                            problem(DISAGREES, "datasetConfig", "encoderName", new Key("video")),
                            problem(DISAGREES, "datasetConfig", "embeddingId", new Key("image")),
                            problem(DISAGREES, "datasetConfig", "embeddingId", new Key("video")));
        }

        @Test
        void rejectsConfigWithoutEncoderNameOrEmbeddingId() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withDatasetConfig(
                    aDatasetConfig().withEncoderName(null).withEmbeddingId(null))))
                    .containsExactly(problem(MISSING, "datasetConfig", "encoderName"),
                            problem(MISSING, "datasetConfig", "embeddingId"));
        }

        @Test
        void checksTheConfigsOwnRulesAsOnCreate() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", 0.0)).withMetadataFieldsToIndex("title", "title"))))
                    .containsExactly(problem(ALL_ZERO, "datasetConfig", "hybridSearch", "weights"),
                            problem(REPEATED, "datasetConfig", "metadataFieldsToIndex", 1));
        }

        @Test
        void configOfADatasetThatAllowsOnlyVideosKeepsTheVideoKeyOnly() {
            Dataset videos = create(aNewDataset().withAllowedAssetTypes(AssetType.VIDEO));

            assertThat(updateProblemsOf(videos, aChangeRequest().withDatasetConfig(aDatasetConfig())))
                    .contains(problem(DISAGREES, "datasetConfig", "encoderName", new Key("image")));
            assertThat(update(videos, aChangeRequest().withDatasetConfig(
                    aDatasetConfig().forEncoder("multimodal", MULTIMODAL_ID, "video"))).config().encoderName())
                    .containsOnly(entry("video", "multimodal"));
        }
    }

    @Nested
    class AllAtOnce {
        @Test
        void reportsEveryProblemTogether() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withName("bad-name")
                    .withDescription("d".repeat(2001)).withStatus(DatasetStatus.DELETED)
                    .withDatasetConfig(aDatasetConfig().withEncoderName(map("image", "resnet-50")))))
                    .containsExactly(
                            problem(NOT_ALLOWED_CHARACTERS, "name"),
                            problem(TOO_LONG, "description"),
                            problem(NOT_ONE_OF, "status"),
                            problem(DISAGREES, "datasetConfig", "encoderName", new Key("image")),
                            problem(DISAGREES, "datasetConfig", "embeddingId"));
        }

        @Test
        void oneBadFieldRejectsTheGoodOnesToo() {
            assertThat(updateProblemsOf(dataset, aChangeRequest().withName("renamed")
                    .withStatus(DatasetStatus.DELETING)))
                    .containsExactly(problem(NOT_ONE_OF, "status"));
        }
    }

    @Nested
    class States {
        @Test
        void inactiveDatasetCanBeUpdated() {
            Dataset inactive = update(dataset, aChangeRequest().withStatus(DatasetStatus.INACTIVE));

            assertThat(update(inactive, aChangeRequest().withName("renamed")).name().value()).isEqualTo("renamed");
        }

        @Test
        void datasetBeingDeletedCannotBeUpdated() {
            assertThatThrownBy(() -> update(deleting(dataset), aChangeRequest().withName("renamed")))
                    .isInstanceOf(StateConflict.class);
        }

        @Test
        void deletedDatasetCannotBeUpdated() {
            assertThatThrownBy(() -> update(deleted(dataset), aChangeRequest().withName("renamed")))
                    .isInstanceOf(StateConflict.class);
        }

        @Test
        void datasetBeingDeletedCannotBeReactivated() {
            assertThatThrownBy(() -> update(deleting(dataset), aChangeRequest().withStatus(DatasetStatus.ACTIVE)))
                    .isInstanceOf(StateConflict.class);
        }

        @Test
        void evenAnEmptyChangeOfADatasetBeingDeletedConflicts() {
            assertThatThrownBy(() -> update(deleting(dataset), aChangeRequest()))
                    .isInstanceOf(StateConflict.class);
        }

        @Test
        void stateConflictComesBeforeValidation() {
            assertThatThrownBy(() -> update(deleted(dataset), aChangeRequest().withName("bad-name")))
                    .isInstanceOf(StateConflict.class);
        }
    }
}
