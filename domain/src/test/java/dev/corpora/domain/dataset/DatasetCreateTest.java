package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.Creating.ID;
import static dev.corpora.domain.dataset.Creating.NOW;
import static dev.corpora.domain.dataset.Creating.ORGANIZATION;
import static dev.corpora.domain.dataset.Creating.Problem.problem;
import static dev.corpora.domain.dataset.Creating.create;
import static dev.corpora.domain.dataset.Creating.problemsOf;
import static dev.corpora.domain.dataset.DatasetConfigInputs.aDatasetConfig;
import static dev.corpora.domain.dataset.DatasetConfigInputs.map;
import static dev.corpora.domain.dataset.NewDatasets.aNewDataset;
import static dev.corpora.domain.error.ViolationKind.ENUM;
import static dev.corpora.domain.error.ViolationKind.GREATER_THAN_EQUAL;
import static dev.corpora.domain.error.ViolationKind.LESS_THAN_EQUAL;
import static dev.corpora.domain.error.ViolationKind.MISSING;
import static dev.corpora.domain.error.ViolationKind.STRING_PATTERN_MISMATCH;
import static dev.corpora.domain.error.ViolationKind.STRING_TOO_LONG;
import static dev.corpora.domain.error.ViolationKind.STRING_TOO_SHORT;
import static dev.corpora.domain.error.ViolationKind.TOO_SHORT;
import static dev.corpora.domain.error.ViolationKind.VALUE_ERROR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of Create Dataset on the top-level fields, and the state of a new dataset. */
class DatasetCreateTest {

    @Nested
    class Name {
        @Test
        void acceptsLettersDigitsAndUnderscoresKeepingTheirCase() {
            assertThat(create(aNewDataset().withName("Holiday_Photos_2026")).name().value())
                    .isEqualTo("Holiday_Photos_2026");
        }

        @Test
        void acceptsNameOfOneCharacter() {
            assertThat(create(aNewDataset().withName("x")).name().value()).isEqualTo("x");
        }

        @Test
        void acceptsNameOf128Characters() {
            String longest = "a".repeat(128);
            assertThat(create(aNewDataset().withName(longest)).name().value()).isEqualTo(longest);
        }

        @Test
        void rejectsNameOf129CharactersAsTooLong() {
            assertThat(problemsOf(aNewDataset().withName("a".repeat(129))))
                    .containsExactly(problem(STRING_TOO_LONG, "name"));
        }

        @Test
        void rejectsEmptyNameAsTooShort() {
            assertThat(problemsOf(aNewDataset().withName(""))).containsExactly(problem(STRING_TOO_SHORT, "name"));
        }

        @Test
        void rejectsMissingName() {
            assertThat(problemsOf(aNewDataset().withName(null))).containsExactly(problem(MISSING, "name"));
        }

        @Test
        void rejectsNameWithDash() {
            assertThat(problemsOf(aNewDataset().withName("holiday-photos")))
                    .containsExactly(problem(STRING_PATTERN_MISMATCH, "name"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"holiday photos", "café", "photos.2026", "photos\n", " ", "photos%", "*"})
        void rejectsNameWithAnyOtherCharacter(String name) {
            assertThat(problemsOf(aNewDataset().withName(name)))
                    .containsExactly(problem(STRING_PATTERN_MISMATCH, "name"));
        }
    }

    @Nested
    class EncoderName {
        @ParameterizedTest
        @ValueSource(strings = {"multimodal", "multimodal-tx-large2", "multimodal-tx-large3", "multimodal-tx-large4",
                "nova2-multimodal", "resnet-50", "resnet-50-reduced"})
        void acceptsEveryVisualEncoder(String name) {
            assertThat(create(aNewDataset().withEncoderName(name)).encoder().name()).isEqualTo(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"audio", "text-llm"})
        void rejectsAudioEncoders(String name) {
            assertThat(problemsOf(aNewDataset().withEncoderName(name)))
                    .containsExactly(problem(ENUM, "encoder_name"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"clip", "Multimodal", "", "resnet50"})
        void rejectsUnknownEncoder(String name) {
            assertThat(problemsOf(aNewDataset().withEncoderName(name)))
                    .containsExactly(problem(ENUM, "encoder_name"));
        }

        @Test
        void rejectsMissingEncoderName() {
            assertThat(problemsOf(aNewDataset().withEncoderName(null)))
                    .containsExactly(problem(MISSING, "encoder_name"));
        }
    }

    @Nested
    class DescriptionField {
        @Test
        void allowsNoDescription() {
            assertThat(create(aNewDataset().withDescription(null)).description()).isNull();
        }

        @Test
        void acceptsDescriptionOf2000Characters() {
            String longest = "d".repeat(2000);
            assertThat(create(aNewDataset().withDescription(longest)).description().value()).isEqualTo(longest);
        }

        @Test
        void rejectsDescriptionOf2001CharactersAsTooLong() {
            assertThat(problemsOf(aNewDataset().withDescription("d".repeat(2001))))
                    .containsExactly(problem(STRING_TOO_LONG, "description"));
        }
    }

    @Nested
    class AllowedAssetTypesField {
        @Test
        void defaultsToImageAndVideo() {
            assertThat(create(aNewDataset()).allowedAssetTypes().types())
                    .containsExactly(AssetType.IMAGE, AssetType.VIDEO);
        }

        @Test
        void acceptsOneType() {
            assertThat(create(aNewDataset().withAllowedAssetTypes("video")).allowedAssetTypes().types())
                    .containsExactly(AssetType.VIDEO);
        }

        @Test
        void repeatedAssetTypesCollapseKeepingFirstOrder() {
            assertThat(create(aNewDataset().withAllowedAssetTypes("video", "image", "video", "image"))
                    .allowedAssetTypes().types())
                    .containsExactly(AssetType.VIDEO, AssetType.IMAGE);
        }

        @Test
        void rejectsEmptyList() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes()))
                    .containsExactly(problem(TOO_SHORT, "allowed_asset_types"));
        }

        @Test
        void rejectsNullItemAtItsIndex() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes("image", null)))
                    .containsExactly(problem(MISSING, "allowed_asset_types", 1));
        }

        @Test
        void rejectsUnknownTypeAtItsIndex() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes("image", "audio")))
                    .containsExactly(problem(ENUM, "allowed_asset_types", 1));
        }

        @Test
        void rejectsTypeInOtherCase() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes("Image")))
                    .containsExactly(problem(ENUM, "allowed_asset_types", 0));
        }

        @Test
        void reportsEveryBadItem() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes(null, "audio", "image", "videos")))
                    .containsExactly(
                            problem(MISSING, "allowed_asset_types", 0),
                            problem(ENUM, "allowed_asset_types", 1),
                            problem(ENUM, "allowed_asset_types", 3));
        }
    }

    @Nested
    class KeyframeSamplingFields {
        @Test
        void defaultsToIntelligentWithoutRate() {
            KeyframeSampling sampling = create(aNewDataset()).keyframeSampling();

            assertThat(sampling.method()).isEqualTo(KeyframeSamplingMethod.INTELLIGENT);
            assertThat(sampling.requestedFps()).isNull();
            assertThat(sampling.uniformFps()).isNull();
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.00001, 0.5, 5})
        void uniformUsesRateSentWithinBoundsInclusive(double fps) {
            KeyframeSampling sampling = create(aNewDataset().withKeyframeSamplingMethod("uniform")
                    .withKeyframeUniformFpsSamplingRate(fps)).keyframeSampling();

            assertThat(sampling.method()).isEqualTo(KeyframeSamplingMethod.UNIFORM);
            assertThat(sampling.uniformFps()).isEqualTo(fps);
        }

        @Test
        void uniformWithoutRateTakesOneKeyframeASecond() {
            KeyframeSampling sampling = create(aNewDataset().withKeyframeSamplingMethod("uniform")).keyframeSampling();

            assertThat(sampling.requestedFps()).isNull();
            assertThat(sampling.uniformFps()).isEqualTo(1.0);
        }

        @Test
        void rateSentWithIntelligentIsKeptButNotUsed() {
            KeyframeSampling sampling = create(aNewDataset().withKeyframeSamplingMethod("intelligent")
                    .withKeyframeUniformFpsSamplingRate(2.0)).keyframeSampling();

            assertThat(sampling.method()).isEqualTo(KeyframeSamplingMethod.INTELLIGENT);
            assertThat(sampling.requestedFps()).isEqualTo(2.0);
            assertThat(sampling.uniformFps()).isNull();
        }

        @Test
        void rateSentWithoutMethodIsKeptWithIntelligent() {
            KeyframeSampling sampling = create(aNewDataset().withKeyframeUniformFpsSamplingRate(0.25))
                    .keyframeSampling();

            assertThat(sampling.method()).isEqualTo(KeyframeSamplingMethod.INTELLIGENT);
            assertThat(sampling.requestedFps()).isEqualTo(0.25);
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0000099, 0, -1})
        void rejectsRateBelowLowest(double fps) {
            assertThat(problemsOf(aNewDataset().withKeyframeSamplingMethod("uniform")
                    .withKeyframeUniformFpsSamplingRate(fps)))
                    .containsExactly(problem(GREATER_THAN_EQUAL, "keyframe_uniform_fps_sampling_rate"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {5.000001, 30})
        void rejectsRateAboveHighest(double fps) {
            assertThat(problemsOf(aNewDataset().withKeyframeSamplingMethod("uniform")
                    .withKeyframeUniformFpsSamplingRate(fps)))
                    .containsExactly(problem(LESS_THAN_EQUAL, "keyframe_uniform_fps_sampling_rate"));
        }

        @Test
        void rejectsRateOutOfBoundsWithIntelligentToo() {
            assertThat(problemsOf(aNewDataset().withKeyframeUniformFpsSamplingRate(6.0)))
                    .containsExactly(problem(LESS_THAN_EQUAL, "keyframe_uniform_fps_sampling_rate"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"random", "Uniform", ""})
        void rejectsUnknownMethod(String method) {
            assertThat(problemsOf(aNewDataset().withKeyframeSamplingMethod(method)))
                    .containsExactly(problem(ENUM, "keyframe_sampling_method"));
        }

        @Test
        void reportsBadMethodAndBadRateTogether() {
            assertThat(problemsOf(aNewDataset().withKeyframeSamplingMethod("random")
                    .withKeyframeUniformFpsSamplingRate(0.0)))
                    .containsExactly(
                            problem(ENUM, "keyframe_sampling_method"),
                            problem(GREATER_THAN_EQUAL, "keyframe_uniform_fps_sampling_rate"));
        }
    }

    @Nested
    class Flags {
        @Test
        void storeOriginalStorePreviewAndAddToPermitDefaultToTrue() {
            Dataset dataset = create(aNewDataset());

            assertThat(dataset.storeOriginal()).isTrue();
            assertThat(dataset.storePreview()).isTrue();
            assertThat(dataset.addToPermit()).isTrue();
        }

        @Test
        void keepsFlagsSentAsFalse() {
            Dataset dataset = create(aNewDataset().withStoreOriginal(false).withStorePreview(false)
                    .withAddToPermit(false));

            assertThat(dataset.storeOriginal()).isFalse();
            assertThat(dataset.storePreview()).isFalse();
            assertThat(dataset.addToPermit()).isFalse();
        }
    }

    /** The same rules hold for both lists; each test runs once per list. */
    @Nested
    class MetadataFieldLists {
        private NewDatasets withList(String field, String... names) {
            return field.equals("metadata_fields_to_index")
                    ? aNewDataset().withMetadataFieldsToIndex(names)
                    : aNewDataset().withMetadataFieldsToEmbed(names);
        }

        private MetadataFields listOf(String field, Dataset dataset) {
            return field.equals("metadata_fields_to_index")
                    ? dataset.metadataFieldsToIndex()
                    : dataset.metadataFieldsToEmbed();
        }

        @Test
        void allowsAbsentLists() {
            Dataset dataset = create(aNewDataset());

            assertThat(dataset.metadataFieldsToIndex()).isNull();
            assertThat(dataset.metadataFieldsToEmbed()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadata_fields_to_index", "metadata_fields_to_embed"})
        void keepsNamesInOrderSent(String field) {
            Dataset dataset = create(withList(field, "year", "title", "Title"));

            assertThat(listOf(field, dataset).names()).containsExactly("year", "title", "Title");
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadata_fields_to_index", "metadata_fields_to_embed"})
        void acceptsEmptyList(String field) {
            assertThat(listOf(field, create(withList(field))).names()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadata_fields_to_index", "metadata_fields_to_embed"})
        void acceptsNameOf255Characters(String field) {
            assertThat(listOf(field, create(withList(field, "m".repeat(255)))).names())
                    .containsExactly("m".repeat(255));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadata_fields_to_index", "metadata_fields_to_embed"})
        void rejectsBlankNamesAtTheirIndex(String field) {
            assertThat(problemsOf(withList(field, "title", "", "  ")))
                    .containsExactly(problem(STRING_TOO_SHORT, field, 1), problem(STRING_TOO_SHORT, field, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadata_fields_to_index", "metadata_fields_to_embed"})
        void rejectsNameLongerThan255(String field) {
            assertThat(problemsOf(withList(field, "m".repeat(256))))
                    .containsExactly(problem(STRING_TOO_LONG, field, 0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadata_fields_to_index", "metadata_fields_to_embed"})
        void rejectsRepeatedNameAtItsSecondIndex(String field) {
            assertThat(problemsOf(withList(field, "title", "year", "title")))
                    .containsExactly(problem(VALUE_ERROR, field, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadata_fields_to_index", "metadata_fields_to_embed"})
        void rejectsNullItemAtItsIndex(String field) {
            assertThat(problemsOf(withList(field, "title", null)))
                    .containsExactly(problem(MISSING, field, 1));
        }

        @Test
        void reportsEveryBadItemOfBothLists() {
            assertThat(problemsOf(aNewDataset()
                    .withMetadataFieldsToIndex(null, "title", "title")
                    .withMetadataFieldsToEmbed("m".repeat(256), " ")))
                    .containsExactly(
                            problem(MISSING, "metadata_fields_to_index", 0),
                            problem(VALUE_ERROR, "metadata_fields_to_index", 2),
                            problem(STRING_TOO_LONG, "metadata_fields_to_embed", 0),
                            problem(STRING_TOO_SHORT, "metadata_fields_to_embed", 1));
        }
    }

    @Nested
    class EveryProblemAtOnce {
        @Test
        void reportsEveryBadTopLevelFieldInOneFailure() {
            assertThat(problemsOf(aNewDataset()
                    .withName("holiday-photos")
                    .withEncoderName("audio")
                    .withDescription("d".repeat(2001))
                    .withAllowedAssetTypes("image", "pdf")
                    .withKeyframeSamplingMethod("random")
                    .withKeyframeUniformFpsSamplingRate(6.0)
                    .withMetadataFieldsToIndex("")
                    .withMetadataFieldsToEmbed("title", null)))
                    .containsExactlyInAnyOrder(
                            problem(STRING_PATTERN_MISMATCH, "name"),
                            problem(ENUM, "encoder_name"),
                            problem(STRING_TOO_LONG, "description"),
                            problem(ENUM, "allowed_asset_types", 1),
                            problem(ENUM, "keyframe_sampling_method"),
                            problem(LESS_THAN_EQUAL, "keyframe_uniform_fps_sampling_rate"),
                            problem(STRING_TOO_SHORT, "metadata_fields_to_index", 0),
                            problem(MISSING, "metadata_fields_to_embed", 1));
        }

        @Test
        void reportsConfigProblemsAlongsideTopLevelOnes() {
            assertThat(problemsOf(aNewDataset()
                    .withName(null)
                    .withDescription("d".repeat(2001))
                    .withDatasetConfig(aDatasetConfig().withEmbeddingId(null)
                            .withHybridSearchWeights(map("image", 0.0)))))
                    .containsExactlyInAnyOrder(
                            problem(MISSING, "name"),
                            problem(STRING_TOO_LONG, "description"),
                            problem(MISSING, "dataset_config", "embedding_id"),
                            problem(VALUE_ERROR, "dataset_config", "hybrid_search", "weights"));
        }

        @Test
        void reportsConfigProblemsEvenWhenEncoderNameIsBad() {
            assertThat(problemsOf(aNewDataset()
                    .withEncoderName("audio")
                    .withDatasetConfig(aDatasetConfig().withEmbeddingId(null)
                            .withHybridSearchWeights(map("image", -1.0)))))
                    .containsExactlyInAnyOrder(
                            problem(ENUM, "encoder_name"),
                            problem(MISSING, "dataset_config", "embedding_id"),
                            problem(GREATER_THAN_EQUAL, "dataset_config", "hybrid_search", "weights", "image"),
                            problem(VALUE_ERROR, "dataset_config", "hybrid_search", "weights"));
        }

        @Test
        void doesNotBlameAnAgreeingConfigForABadEncoderName() {
            assertThat(problemsOf(aNewDataset().withEncoderName("audio").withDatasetConfig(aDatasetConfig())))
                    .containsExactly(problem(ENUM, "encoder_name"));
        }

        @Test
        void reportsConfigProblemsEvenWhenAllowedAssetTypesAreBad() {
            assertThat(problemsOf(aNewDataset()
                    .withAllowedAssetTypes()
                    .withDatasetConfig(aDatasetConfig().withEncoderName(null))))
                    .containsExactlyInAnyOrder(
                            problem(TOO_SHORT, "allowed_asset_types"),
                            problem(MISSING, "dataset_config", "encoder_name"));
        }
    }

    @Nested
    class NewDatasetState {
        @Test
        void isActiveAtVersionOne() {
            Dataset dataset = create(aNewDataset());

            assertThat(dataset.status()).isEqualTo(DatasetStatus.ACTIVE);
            assertThat(dataset.version()).isEqualTo(1);
        }

        @Test
        void isCreatedAndUpdatedByTheActorAtTheGivenInstant() {
            Dataset dataset = create(aNewDataset());

            assertThat(dataset.createdAt()).isEqualTo(NOW);
            assertThat(dataset.updatedAt()).isEqualTo(NOW);
            assertThat(dataset.createdBy()).isEqualTo("alice");
            assertThat(dataset.updatedBy()).isEqualTo("alice");
            assertThat(dataset.deletedAt()).isNull();
            assertThat(dataset.deletedBy()).isNull();
        }

        @Test
        void belongsToTheActorsOrganizationUnderTheGivenId() {
            Dataset dataset = create(aNewDataset());

            assertThat(dataset.id()).isEqualTo(ID);
            assertThat(dataset.organization()).isEqualTo(ORGANIZATION);
        }

        @Test
        void usesTheNewVideoDataModel() {
            assertThat(create(aNewDataset()).newVideoDataModel()).isTrue();
        }
    }
}
