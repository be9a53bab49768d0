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
import static dev.corpora.domain.dataset.NewDatasets.encoderNamed;
import static dev.corpora.domain.error.ViolationKind.ALL_ZERO;
import static dev.corpora.domain.error.ViolationKind.ABOVE_MAXIMUM;
import static dev.corpora.domain.error.ViolationKind.BELOW_MINIMUM;
import static dev.corpora.domain.error.ViolationKind.BLANK;
import static dev.corpora.domain.error.ViolationKind.DISAGREES;
import static dev.corpora.domain.error.ViolationKind.EMPTY;
import static dev.corpora.domain.error.ViolationKind.MISSING;
import static dev.corpora.domain.error.ViolationKind.NOT_ALLOWED_CHARACTERS;
import static dev.corpora.domain.error.ViolationKind.NOT_FINITE;
import static dev.corpora.domain.error.ViolationKind.NOT_ONE_OF;
import static dev.corpora.domain.error.ViolationKind.REPEATED;
import static dev.corpora.domain.error.ViolationKind.TOO_LONG;
import static dev.corpora.domain.error.ViolationKind.TOO_MANY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.domain.error.Key;
import java.util.stream.IntStream;
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
                    .containsExactly(problem(TOO_LONG, "name"));
        }

        @Test
        void rejectsEmptyNameAsBlank() {
            assertThat(problemsOf(aNewDataset().withName(""))).containsExactly(problem(BLANK, "name"));
        }

        @Test
        void rejectsMissingName() {
            assertThat(problemsOf(aNewDataset().withName(null))).containsExactly(problem(MISSING, "name"));
        }

        @Test
        void rejectsNameWithDash() {
            assertThat(problemsOf(aNewDataset().withName("holiday-photos")))
                    .containsExactly(problem(NOT_ALLOWED_CHARACTERS, "name"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"holiday photos", "café", "photos.2026", "photos\n", " ", "photos%", "*"})
        void rejectsNameWithAnyOtherCharacter(String name) {
            assertThat(problemsOf(aNewDataset().withName(name)))
                    .containsExactly(problem(NOT_ALLOWED_CHARACTERS, "name"));
        }
    }

    @Nested
    class EncoderField {
        @ParameterizedTest
        @ValueSource(strings = {"multimodal", "multimodal-tx-large2", "multimodal-tx-large3", "multimodal-tx-large4",
                "nova2-multimodal", "resnet-50", "resnet-50-reduced"})
        void acceptsEveryVisualEncoder(String name) {
            assertThat(create(aNewDataset().withEncoderNamed(name)).encoder()).isEqualTo(encoderNamed(name));
        }

        @ParameterizedTest
        @ValueSource(strings = {"audio", "text-llm"})
        void rejectsAudioEncoders(String name) {
            assertThat(problemsOf(aNewDataset().withEncoderNamed(name)))
                    .containsExactly(problem(NOT_ONE_OF, "encoder"));
        }

        @Test
        void rejectsMissingEncoder() {
            assertThat(problemsOf(aNewDataset().withEncoder(null))).containsExactly(problem(MISSING, "encoder"));
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
                    .containsExactly(problem(TOO_LONG, "description"));
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
            assertThat(create(aNewDataset().withAllowedAssetTypes(AssetType.VIDEO)).allowedAssetTypes().types())
                    .containsExactly(AssetType.VIDEO);
        }

        @Test
        void repeatedAssetTypesCollapseKeepingFirstOrder() {
            assertThat(create(aNewDataset().withAllowedAssetTypes(AssetType.VIDEO, AssetType.IMAGE, AssetType.VIDEO,
                    AssetType.IMAGE))
                    .allowedAssetTypes().types())
                    .containsExactly(AssetType.VIDEO, AssetType.IMAGE);
        }

        @Test
        void rejectsEmptyList() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes()))
                    .containsExactly(problem(EMPTY, "allowedAssetTypes"));
        }

        @Test
        void rejectsNullItemAtItsIndex() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes(AssetType.IMAGE, null)))
                    .containsExactly(problem(MISSING, "allowedAssetTypes", 1));
        }

        @Test
        void reportsEveryNullItem() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes(null, AssetType.IMAGE, null)))
                    .containsExactly(
                            problem(MISSING, "allowedAssetTypes", 0),
                            problem(MISSING, "allowedAssetTypes", 2));
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
            KeyframeSampling sampling = create(aNewDataset().withKeyframeSamplingMethod(KeyframeSamplingMethod.UNIFORM)
                    .withKeyframeUniformFpsSamplingRate(fps)).keyframeSampling();

            assertThat(sampling.method()).isEqualTo(KeyframeSamplingMethod.UNIFORM);
            assertThat(sampling.uniformFps()).isEqualTo(fps);
        }

        @Test
        void uniformWithoutRateTakesOneKeyframeASecond() {
            KeyframeSampling sampling = create(aNewDataset()
                    .withKeyframeSamplingMethod(KeyframeSamplingMethod.UNIFORM)).keyframeSampling();

            assertThat(sampling.requestedFps()).isNull();
            assertThat(sampling.uniformFps()).isEqualTo(1.0);
        }

        @Test
        void rateSentWithIntelligentIsKeptButNotUsed() {
            KeyframeSampling sampling = create(aNewDataset()
                    .withKeyframeSamplingMethod(KeyframeSamplingMethod.INTELLIGENT)
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
            assertThat(problemsOf(aNewDataset().withKeyframeSamplingMethod(KeyframeSamplingMethod.UNIFORM)
                    .withKeyframeUniformFpsSamplingRate(fps)))
                    .containsExactly(problem(BELOW_MINIMUM, "keyframeUniformFpsSamplingRate"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {5.000001, 30})
        void rejectsRateAboveHighest(double fps) {
            assertThat(problemsOf(aNewDataset().withKeyframeSamplingMethod(KeyframeSamplingMethod.UNIFORM)
                    .withKeyframeUniformFpsSamplingRate(fps)))
                    .containsExactly(problem(ABOVE_MAXIMUM, "keyframeUniformFpsSamplingRate"));
        }

        @Test
        void rejectsRateOutOfBoundsWithIntelligentToo() {
            assertThat(problemsOf(aNewDataset().withKeyframeUniformFpsSamplingRate(6.0)))
                    .containsExactly(problem(ABOVE_MAXIMUM, "keyframeUniformFpsSamplingRate"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
        void rejectsRateThatIsNotAFiniteNumber(double fps) {
            assertThat(problemsOf(aNewDataset().withKeyframeSamplingMethod(KeyframeSamplingMethod.UNIFORM)
                    .withKeyframeUniformFpsSamplingRate(fps)))
                    .containsExactly(problem(NOT_FINITE, "keyframeUniformFpsSamplingRate"));
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
            return field.equals("metadataFieldsToIndex")
                    ? aNewDataset().withMetadataFieldsToIndex(names)
                    : aNewDataset().withMetadataFieldsToEmbed(names);
        }

        private MetadataFields listOf(String field, Dataset dataset) {
            return field.equals("metadataFieldsToIndex")
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
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void keepsNamesInOrderSent(String field) {
            Dataset dataset = create(withList(field, "year", "title", "Title"));

            assertThat(listOf(field, dataset).names()).containsExactly("year", "title", "Title");
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void acceptsEmptyList(String field) {
            assertThat(listOf(field, create(withList(field))).names()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void acceptsNameOf255Characters(String field) {
            assertThat(listOf(field, create(withList(field, "m".repeat(255)))).names())
                    .containsExactly("m".repeat(255));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void rejectsBlankNamesAtTheirIndex(String field) {
            assertThat(problemsOf(withList(field, "title", "", "  ")))
                    .containsExactly(problem(BLANK, field, 1), problem(BLANK, field, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void rejectsNameLongerThan255(String field) {
            assertThat(problemsOf(withList(field, "m".repeat(256))))
                    .containsExactly(problem(TOO_LONG, field, 0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void rejectsRepeatedNameAtItsSecondIndex(String field) {
            assertThat(problemsOf(withList(field, "title", "year", "title")))
                    .containsExactly(problem(REPEATED, field, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void rejectsNullItemAtItsIndex(String field) {
            assertThat(problemsOf(withList(field, "title", null)))
                    .containsExactly(problem(MISSING, field, 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void acceptsAListOf256Names(String field) {
            assertThat(listOf(field, create(withList(field, distinctNames(256)))).names()).hasSize(256);
        }

        @ParameterizedTest
        @ValueSource(strings = {"metadataFieldsToIndex", "metadataFieldsToEmbed"})
        void rejectsAListOfMoreThan256NamesAsTooMany(String field) {
            assertThat(problemsOf(withList(field, distinctNames(257)))).containsExactly(problem(TOO_MANY, field));
        }

        @Test
        void reportsEveryBadItemOfBothLists() {
            assertThat(problemsOf(aNewDataset()
                    .withMetadataFieldsToIndex(null, "title", "title")
                    .withMetadataFieldsToEmbed("m".repeat(256), " ")))
                    .containsExactly(
                            problem(MISSING, "metadataFieldsToIndex", 0),
                            problem(REPEATED, "metadataFieldsToIndex", 2),
                            problem(TOO_LONG, "metadataFieldsToEmbed", 0),
                            problem(BLANK, "metadataFieldsToEmbed", 1));
        }

        private static String[] distinctNames(int count) {
            return IntStream.range(0, count).mapToObj(i -> "field_" + i).toArray(String[]::new);
        }
    }

    @Nested
    class EveryProblemAtOnce {
        @Test
        void reportsEveryBadTopLevelFieldInOneFailure() {
            assertThat(problemsOf(aNewDataset()
                    .withName("holiday-photos")
                    .withEncoderNamed("audio")
                    .withDescription("d".repeat(2001))
                    .withAllowedAssetTypes(AssetType.IMAGE, null)
                    .withKeyframeSamplingMethod(KeyframeSamplingMethod.UNIFORM)
                    .withKeyframeUniformFpsSamplingRate(6.0)
                    .withMetadataFieldsToIndex("")
                    .withMetadataFieldsToEmbed("title", null)))
                    .containsExactlyInAnyOrder(
                            problem(NOT_ALLOWED_CHARACTERS, "name"),
                            problem(NOT_ONE_OF, "encoder"),
                            problem(TOO_LONG, "description"),
                            problem(MISSING, "allowedAssetTypes", 1),
                            problem(ABOVE_MAXIMUM, "keyframeUniformFpsSamplingRate"),
                            problem(BLANK, "metadataFieldsToIndex", 0),
                            problem(MISSING, "metadataFieldsToEmbed", 1));
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
                            problem(TOO_LONG, "description"),
                            problem(MISSING, "datasetConfig", "embeddingId"),
                            problem(ALL_ZERO, "datasetConfig", "hybridSearch", "weights"));
        }

        @Test
        void reportsConfigProblemsEvenWhenTheEncoderIsBad() {
            assertThat(problemsOf(aNewDataset()
                    .withEncoderNamed("audio")
                    .withDatasetConfig(aDatasetConfig().withEmbeddingId(null)
                            .withHybridSearchWeights(map("image", -1.0)))))
                    .containsExactlyInAnyOrder(
                            problem(NOT_ONE_OF, "encoder"),
                            problem(MISSING, "datasetConfig", "embeddingId"),
                            problem(BELOW_MINIMUM, "datasetConfig", "hybridSearch", "weights", new Key("image")),
                            problem(ALL_ZERO, "datasetConfig", "hybridSearch", "weights"));
        }

        @Test
        void doesNotBlameAnAgreeingConfigForABadEncoder() {
            assertThat(problemsOf(aNewDataset().withEncoderNamed("audio").withDatasetConfig(aDatasetConfig())))
                    .containsExactly(problem(NOT_ONE_OF, "encoder"));
        }

        @Test
        void doesNotBlameAnAgreeingConfigForAMissingEncoder() {
            assertThat(problemsOf(aNewDataset().withEncoder(null).withDatasetConfig(aDatasetConfig())))
                    .containsExactly(problem(MISSING, "encoder"));
        }

        @Test
        void reportsConfigProblemsEvenWhenAllowedAssetTypesAreBad() {
            assertThat(problemsOf(aNewDataset()
                    .withAllowedAssetTypes()
                    .withDatasetConfig(aDatasetConfig().withEncoderName(null))))
                    .containsExactlyInAnyOrder(
                            problem(EMPTY, "allowedAssetTypes"),
                            problem(MISSING, "datasetConfig", "encoderName"));
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
