package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.Creating.Problem.problem;
import static dev.corpora.domain.dataset.Creating.create;
import static dev.corpora.domain.dataset.Creating.problemsOf;
import static dev.corpora.domain.dataset.DatasetConfigInputs.MULTIMODAL_ID;
import static dev.corpora.domain.dataset.DatasetConfigInputs.RESNET_50_ID;
import static dev.corpora.domain.dataset.DatasetConfigInputs.aDatasetConfig;
import static dev.corpora.domain.dataset.DatasetConfigInputs.map;
import static dev.corpora.domain.dataset.NewDatasets.aNewDataset;
import static dev.corpora.domain.error.ViolationKind.ALL_ZERO;
import static dev.corpora.domain.error.ViolationKind.BELOW_MINIMUM;
import static dev.corpora.domain.error.ViolationKind.BLANK;
import static dev.corpora.domain.error.ViolationKind.DISAGREES;
import static dev.corpora.domain.error.ViolationKind.EMPTY;
import static dev.corpora.domain.error.ViolationKind.MISSING;
import static dev.corpora.domain.error.ViolationKind.NOT_FINITE;
import static dev.corpora.domain.error.ViolationKind.REPEATED;
import static dev.corpora.domain.error.ViolationKind.TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.corpora.domain.error.Key;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of Create Dataset on {@code datasetConfig}: derived when absent, checked when sent. */
class DatasetConfigCreateTest {

    @Nested
    class Derived {
        @Test
        void hasOneKeyPerAllowedTypeWithTheEncoderAndItsId() {
            DatasetConfig config = create(aNewDataset()).config();

            assertThat(config.encoderName()).containsOnly(entry("image", "multimodal"), entry("video", "multimodal"));
            assertThat(config.embeddingId()).containsOnly(entry("image", MULTIMODAL_ID), entry("video", MULTIMODAL_ID));
        }

        @Test
        void followsTheAllowedTypesAndTheEncoder() {
            DatasetConfig config = create(aNewDataset().withEncoderNamed("resnet-50")
                    .withAllowedAssetTypes(AssetType.VIDEO)).config();

            assertThat(config.encoderName()).containsOnly(entry("video", "resnet-50"));
            assertThat(config.embeddingId()).containsOnly(entry("video", RESNET_50_ID));
        }

        @Test
        void carriesTheTopLevelMetadataLists() {
            DatasetConfig config = create(aNewDataset().withMetadataFieldsToIndex("title", "year")
                    .withMetadataFieldsToEmbed("caption")).config();

            assertThat(config.metadataFieldsToIndex()).containsExactly("title", "year");
            assertThat(config.metadataFieldsToEmbed()).containsExactly("caption");
        }

        @Test
        void turnsEveryOptionalFeatureOff() {
            DatasetConfig config = create(aNewDataset()).config();

            assertThat(config.contextStudioEnabled()).isFalse();
            assertThat(config.celebrityDetectionEnabled()).isFalse();
            assertThat(config.hybridSearchWeights()).isNull();
            assertThat(config.compositeSliceSeconds()).isNull();
            assertThat(config.metadataFieldsToIndex()).isNull();
            assertThat(config.metadataFieldsToEmbed()).isNull();
            assertThat(config.agenticSearchMetadataDescription()).isNull();
            assertThat(config.assetIdentifierKey()).isNull();
            assertThat(config.contextStudioExportJsonConnectionName()).isNull();
        }
    }

    @Nested
    class EncodersAndEmbeddings {
        @Test
        void acceptsConfigThatAgreesWithTheDataset() {
            DatasetConfig config = create(aNewDataset().withDatasetConfig(aDatasetConfig())).config();

            assertThat(config.encoderName()).containsOnly(entry("image", "multimodal"), entry("video", "multimodal"));
            assertThat(config.embeddingId()).containsOnly(entry("image", MULTIMODAL_ID), entry("video", MULTIMODAL_ID));
        }

        @Test
        void acceptsConfigOfAnotherEncoderWhenTheDatasetUsesIt() {
            DatasetConfig config = create(aNewDataset().withEncoderNamed("resnet-50")
                    .withAllowedAssetTypes(AssetType.IMAGE)
                    .withDatasetConfig(aDatasetConfig().forEncoder("resnet-50", RESNET_50_ID, "image"))).config();

            assertThat(config.embeddingId()).containsOnly(entry("image", RESNET_50_ID));
        }

        @Test
        void rejectsConfigWithoutEmbeddingId() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEmbeddingId(null))))
                    .containsExactly(problem(MISSING, "datasetConfig", "embeddingId"));
        }

        @Test
        void rejectsConfigWithoutEncoderName() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEncoderName(null))))
                    .containsExactly(problem(MISSING, "datasetConfig", "encoderName"));
        }

        @Test
        void rejectsConfigWithNeither() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEncoderName(null)
                    .withEmbeddingId(null))))
                    .containsExactlyInAnyOrder(
                            problem(MISSING, "datasetConfig", "encoderName"),
                            problem(MISSING, "datasetConfig", "embeddingId"));
        }

        @Test
        void rejectsEmptyEncoderNames() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEncoderName(Map.of())
                    .withEmbeddingId(Map.of()))))
                    .containsExactly(problem(EMPTY, "datasetConfig", "encoderName"));
        }

        @Test
        void rejectsKeyThatIsNotAnAllowedAssetType() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes(AssetType.IMAGE)
                    .withDatasetConfig(aDatasetConfig().forEncoder("multimodal", MULTIMODAL_ID, "image", "video"))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "encoderName", new Key("video")));
        }

        @Test
        void rejectsKeyThatIsNoAssetTypeAtAll() {
            assertThat(problemsOf(aNewDataset()
                    .withDatasetConfig(aDatasetConfig().forEncoder("multimodal", MULTIMODAL_ID, "image", "audio"))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "encoderName", new Key("audio")));
        }

        @Test
        void rejectsEncoderNameOtherThanTheDatasets() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEncoderName(map("image", "resnet-50", "video", "multimodal")))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "encoderName", new Key("image")));
        }

        @Test
        void rejectsNullEncoderNameValue() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEncoderName(map("image", "multimodal", "video", null)))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "encoderName", new Key("video")));
        }

        @Test
        void rejectsEmbeddingIdOtherThanTheEncoders() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEmbeddingId(map("image", MULTIMODAL_ID, "video", RESNET_50_ID)))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "embeddingId", new Key("video")));
        }

        @Test
        void rejectsConfigOfAnotherEncoderThanTheDatasets() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes(AssetType.IMAGE)
                    .withDatasetConfig(aDatasetConfig().forEncoder("resnet-50", RESNET_50_ID, "image"))))
                    .containsExactlyInAnyOrder(
                            problem(DISAGREES, "datasetConfig", "encoderName", new Key("image")),
                            problem(DISAGREES, "datasetConfig", "embeddingId", new Key("image")));
        }

        @Test
        void rejectsEmbeddingIdKeysThatDifferFromEncoderNameKeys() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEmbeddingId(map("image", MULTIMODAL_ID)))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "embeddingId"));
        }
    }

    @Nested
    class HybridSearch {
        @Test
        void isOffWhenNotSent() {
            assertThat(create(aNewDataset().withDatasetConfig(aDatasetConfig())).config().hybridSearchWeights())
                    .isNull();
        }

        @Test
        void keepsWeightsWithOneAboveZero() {
            DatasetConfig config = create(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", 0.0, "video", 0.7)))).config();

            assertThat(config.hybridSearchWeights()).containsOnly(entry("image", 0.0), entry("video", 0.7));
        }

        @Test
        void rejectsNegativeWeight() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", -0.1, "video", 1.0)))))
                    .containsExactly(
                            problem(BELOW_MINIMUM, "datasetConfig", "hybridSearch", "weights", new Key("image")));
        }

        @ParameterizedTest
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
        void rejectsWeightThatIsNotAFiniteNumber(double weight) {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", weight, "video", 1.0)))))
                    .containsExactly(problem(NOT_FINITE, "datasetConfig", "hybridSearch", "weights", new Key("image")));
        }

        @Test
        void rejectsWeightsThatAreAllZero() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", 0.0, "video", 0.0)))))
                    .containsExactly(problem(ALL_ZERO, "datasetConfig", "hybridSearch", "weights"));
        }

        @Test
        void rejectsEmptyWeights() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(Map.of()))))
                    .containsExactly(problem(ALL_ZERO, "datasetConfig", "hybridSearch", "weights"));
        }

        @Test
        void rejectsHybridSearchWithoutWeights() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withHybridSearchWeights(null))))
                    .containsExactly(problem(MISSING, "datasetConfig", "hybridSearch", "weights"));
        }

        @Test
        void rejectsNullWeight() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", null, "video", 1.0)))))
                    .containsExactly(problem(MISSING, "datasetConfig", "hybridSearch", "weights", new Key("image")));
        }
    }

    @Nested
    class ExtraConfig {
        @Test
        void isAbsentWhenNotSent() {
            assertThat(create(aNewDataset().withDatasetConfig(aDatasetConfig())).config().compositeSliceSeconds())
                    .isNull();
        }

        @Test
        void keepsCompositeSlicesOfOneSecondOrMore() {
            DatasetConfig config = create(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withCompositeSettings(map("scenes", 1, "chapters", 600)))).config();

            assertThat(config.compositeSliceSeconds()).containsOnly(entry("scenes", 1), entry("chapters", 600));
        }

        @Test
        void rejectsSliceOfZeroSeconds() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withCompositeSettings(map("scenes", 0)))))
                    .containsExactly(problem(BELOW_MINIMUM, "datasetConfig", "extraConfig", "compositeSettings",
                            new Key("scenes"), "maximumSliceDurationSeconds"));
        }

        @Test
        void rejectsNegativeSlice() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withCompositeSettings(map("scenes", -5)))))
                    .containsExactly(problem(BELOW_MINIMUM, "datasetConfig", "extraConfig", "compositeSettings",
                            new Key("scenes"), "maximumSliceDurationSeconds"));
        }

        @Test
        void rejectsCompositeWithoutSlice() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withCompositeSettings(map("scenes", null)))))
                    .containsExactly(problem(MISSING, "datasetConfig", "extraConfig", "compositeSettings",
                            new Key("scenes"), "maximumSliceDurationSeconds"));
        }

        @Test
        void rejectsExtraConfigWithoutCompositeSettings() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withCompositeSettings(null))))
                    .containsExactly(problem(MISSING, "datasetConfig", "extraConfig", "compositeSettings"));
        }
    }

    @Nested
    class MetadataLists {
        @Test
        void acceptsListsEqualToTheTopLevelOnes() {
            Dataset dataset = create(aNewDataset().withMetadataFieldsToIndex("title", "year")
                    .withMetadataFieldsToEmbed("caption")
                    .withDatasetConfig(aDatasetConfig().withMetadataFieldsToIndex("title", "year")
                            .withMetadataFieldsToEmbed("caption")));

            assertThat(dataset.config().metadataFieldsToIndex()).containsExactly("title", "year");
            assertThat(dataset.metadataFieldsToIndex().names()).containsExactly("title", "year");
            assertThat(dataset.config().metadataFieldsToEmbed()).containsExactly("caption");
            assertThat(dataset.metadataFieldsToEmbed().names()).containsExactly("caption");
        }

        @Test
        void rejectsIndexListDifferentFromTheTopLevelOne() {
            assertThat(problemsOf(aNewDataset().withMetadataFieldsToIndex("title")
                    .withDatasetConfig(aDatasetConfig().withMetadataFieldsToIndex("title", "year"))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "metadataFieldsToIndex"));
        }

        @Test
        void rejectsEmbedListDifferentFromTheTopLevelOne() {
            assertThat(problemsOf(aNewDataset().withMetadataFieldsToEmbed("caption")
                    .withDatasetConfig(aDatasetConfig().withMetadataFieldsToEmbed("summary"))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "metadataFieldsToEmbed"));
        }

        @Test
        void rejectsSameNamesInAnotherOrder() {
            assertThat(problemsOf(aNewDataset().withMetadataFieldsToIndex("title", "year")
                    .withDatasetConfig(aDatasetConfig().withMetadataFieldsToIndex("year", "title"))))
                    .containsExactly(problem(DISAGREES, "datasetConfig", "metadataFieldsToIndex"));
        }

        @Test
        void topLevelListOnlyEndsUpInTheConfigToo() {
            Dataset dataset = create(aNewDataset().withMetadataFieldsToIndex("title")
                    .withMetadataFieldsToEmbed("caption").withDatasetConfig(aDatasetConfig()));

            assertThat(dataset.config().metadataFieldsToIndex()).containsExactly("title");
            assertThat(dataset.config().metadataFieldsToEmbed()).containsExactly("caption");
            assertThat(dataset.metadataFieldsToIndex().names()).containsExactly("title");
            assertThat(dataset.metadataFieldsToEmbed().names()).containsExactly("caption");
        }

        @Test
        void configListOnlyEndsUpAtTheTopLevelToo() {
            Dataset dataset = create(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withMetadataFieldsToIndex("title").withMetadataFieldsToEmbed("caption")));

            assertThat(dataset.metadataFieldsToIndex().names()).containsExactly("title");
            assertThat(dataset.metadataFieldsToEmbed().names()).containsExactly("caption");
            assertThat(dataset.config().metadataFieldsToIndex()).containsExactly("title");
            assertThat(dataset.config().metadataFieldsToEmbed()).containsExactly("caption");
        }

        @Test
        void neitherSideGivingAListLeavesBothAbsent() {
            Dataset dataset = create(aNewDataset().withDatasetConfig(aDatasetConfig()));

            assertThat(dataset.metadataFieldsToIndex()).isNull();
            assertThat(dataset.config().metadataFieldsToIndex()).isNull();
        }

        @Test
        void rejectsBadItemsOfTheConfigListsAtTheirIndex() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withMetadataFieldsToIndex("title", " ", "title")
                    .withMetadataFieldsToEmbed("m".repeat(256), null))))
                    .containsExactly(
                            problem(BLANK, "datasetConfig", "metadataFieldsToIndex", 1),
                            problem(REPEATED, "datasetConfig", "metadataFieldsToIndex", 2),
                            problem(TOO_LONG, "datasetConfig", "metadataFieldsToEmbed", 0),
                            problem(MISSING, "datasetConfig", "metadataFieldsToEmbed", 1));
        }
    }

    @Nested
    class Features {
        @Test
        void contextStudioAndCelebrityDetectionDefaultToFalse() {
            DatasetConfig config = create(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withContextStudioEnabled(null).withCelebrityDetectionEnabled(null))).config();

            assertThat(config.contextStudioEnabled()).isFalse();
            assertThat(config.celebrityDetectionEnabled()).isFalse();
        }

        @Test
        void keepsFeaturesSentAsEnabled() {
            DatasetConfig config = create(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withContextStudioEnabled(true).withCelebrityDetectionEnabled(true))).config();

            assertThat(config.contextStudioEnabled()).isTrue();
            assertThat(config.celebrityDetectionEnabled()).isTrue();
        }

        @Test
        void keepsDescriptionsIdentifierKeyAndConnectionName() {
            DatasetConfig config = create(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withAgenticSearchMetadataDescription(map("title", "The asset's title"))
                    .withAssetIdentifierKey("external_id")
                    .withContextStudioExportJsonConnectionName("exports"))).config();

            assertThat(config.agenticSearchMetadataDescription()).containsOnly(entry("title", "The asset's title"));
            assertThat(config.assetIdentifierKey()).isEqualTo("external_id");
            assertThat(config.contextStudioExportJsonConnectionName()).isEqualTo("exports");
        }

        @Test
        void rejectsBlankIdentifierKeyAndOverlongConnectionName() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withAssetIdentifierKey(" ")
                    .withContextStudioExportJsonConnectionName("c".repeat(256)))))
                    .containsExactly(
                            problem(BLANK, "datasetConfig", "assetIdentifierKey"),
                            problem(TOO_LONG, "datasetConfig", "contextStudioExportJsonConnectionName"));
        }

        @Test
        void rejectsBlankFieldNameInMetadataDescriptions() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withAgenticSearchMetadataDescription(map(" ", "Nothing")))))
                    .containsExactly(problem(BLANK, "datasetConfig", "agenticSearchMetadataDescription"));
        }

        @Test
        void rejectsNullMetadataDescription() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withAgenticSearchMetadataDescription(map("title", null)))))
                    .containsExactly(problem(MISSING, "datasetConfig", "agenticSearchMetadataDescription",
                            new Key("title")));
        }
    }

    @Test
    void reportsEveryConfigProblemAtOnce() {
        assertThat(problemsOf(aNewDataset().withMetadataFieldsToIndex("title")
                .withDatasetConfig(aDatasetConfig()
                        .withEmbeddingId(null)
                        .withEncoderName(map("image", "resnet-50", "video", "multimodal"))
                        .withHybridSearchWeights(map("image", 0.0))
                        .withCompositeSettings(map("scenes", 0))
                        .withMetadataFieldsToIndex("year"))))
                .containsExactlyInAnyOrder(
                        problem(DISAGREES, "datasetConfig", "encoderName", new Key("image")),
                        problem(MISSING, "datasetConfig", "embeddingId"),
                        problem(BELOW_MINIMUM, "datasetConfig", "extraConfig", "compositeSettings", new Key("scenes"),
                                "maximumSliceDurationSeconds"),
                        problem(ALL_ZERO, "datasetConfig", "hybridSearch", "weights"),
                        problem(DISAGREES, "datasetConfig", "metadataFieldsToIndex"));
    }
}
