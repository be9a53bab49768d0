package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.Creating.Problem.problem;
import static dev.corpora.domain.dataset.Creating.create;
import static dev.corpora.domain.dataset.Creating.problemsOf;
import static dev.corpora.domain.dataset.DatasetConfigInputs.MULTIMODAL_ID;
import static dev.corpora.domain.dataset.DatasetConfigInputs.RESNET_50_ID;
import static dev.corpora.domain.dataset.DatasetConfigInputs.aDatasetConfig;
import static dev.corpora.domain.dataset.DatasetConfigInputs.map;
import static dev.corpora.domain.dataset.NewDatasets.aNewDataset;
import static dev.corpora.domain.error.ViolationKind.GREATER_THAN;
import static dev.corpora.domain.error.ViolationKind.GREATER_THAN_EQUAL;
import static dev.corpora.domain.error.ViolationKind.MISSING;
import static dev.corpora.domain.error.ViolationKind.STRING_TOO_LONG;
import static dev.corpora.domain.error.ViolationKind.STRING_TOO_SHORT;
import static dev.corpora.domain.error.ViolationKind.TOO_SHORT;
import static dev.corpora.domain.error.ViolationKind.VALUE_ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of Create Dataset on {@code dataset_config}: derived when absent, checked when sent. */
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
            DatasetConfig config = create(aNewDataset().withEncoderName("resnet-50").withAllowedAssetTypes("video"))
                    .config();

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
            DatasetConfig config = create(aNewDataset().withEncoderName("resnet-50").withAllowedAssetTypes("image")
                    .withDatasetConfig(aDatasetConfig().forEncoder("resnet-50", RESNET_50_ID, "image"))).config();

            assertThat(config.embeddingId()).containsOnly(entry("image", RESNET_50_ID));
        }

        @Test
        void rejectsConfigWithoutEmbeddingId() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEmbeddingId(null))))
                    .containsExactly(problem(MISSING, "dataset_config", "embedding_id"));
        }

        @Test
        void rejectsConfigWithoutEncoderName() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEncoderName(null))))
                    .containsExactly(problem(MISSING, "dataset_config", "encoder_name"));
        }

        @Test
        void rejectsConfigWithNeither() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEncoderName(null)
                    .withEmbeddingId(null))))
                    .containsExactlyInAnyOrder(
                            problem(MISSING, "dataset_config", "encoder_name"),
                            problem(MISSING, "dataset_config", "embedding_id"));
        }

        @Test
        void rejectsEmptyEncoderNames() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withEncoderName(Map.of())
                    .withEmbeddingId(Map.of()))))
                    .containsExactly(problem(TOO_SHORT, "dataset_config", "encoder_name"));
        }

        @Test
        void rejectsKeyThatIsNotAnAllowedAssetType() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes("image")
                    .withDatasetConfig(aDatasetConfig().forEncoder("multimodal", MULTIMODAL_ID, "image", "video"))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "encoder_name", "video"));
        }

        @Test
        void rejectsKeyThatIsNoAssetTypeAtAll() {
            assertThat(problemsOf(aNewDataset()
                    .withDatasetConfig(aDatasetConfig().forEncoder("multimodal", MULTIMODAL_ID, "image", "audio"))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "encoder_name", "audio"));
        }

        @Test
        void rejectsEncoderNameOtherThanTheDatasets() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEncoderName(map("image", "resnet-50", "video", "multimodal")))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "encoder_name", "image"));
        }

        @Test
        void rejectsNullEncoderNameValue() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEncoderName(map("image", "multimodal", "video", null)))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "encoder_name", "video"));
        }

        @Test
        void rejectsEmbeddingIdOtherThanTheEncoders() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEmbeddingId(map("image", MULTIMODAL_ID, "video", RESNET_50_ID)))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "embedding_id", "video"));
        }

        @Test
        void rejectsConfigOfAnotherEncoderThanTheDatasets() {
            assertThat(problemsOf(aNewDataset().withAllowedAssetTypes("image")
                    .withDatasetConfig(aDatasetConfig().forEncoder("resnet-50", RESNET_50_ID, "image"))))
                    .containsExactlyInAnyOrder(
                            problem(VALUE_ERROR, "dataset_config", "encoder_name", "image"),
                            problem(VALUE_ERROR, "dataset_config", "embedding_id", "image"));
        }

        @Test
        void rejectsEmbeddingIdKeysThatDifferFromEncoderNameKeys() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withEmbeddingId(map("image", MULTIMODAL_ID)))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "embedding_id"));
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
                            problem(GREATER_THAN_EQUAL, "dataset_config", "hybrid_search", "weights", "image"));
        }

        @Test
        void rejectsWeightsThatAreAllZero() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", 0.0, "video", 0.0)))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "hybrid_search", "weights"));
        }

        @Test
        void rejectsEmptyWeights() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(Map.of()))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "hybrid_search", "weights"));
        }

        @Test
        void rejectsHybridSearchWithoutWeights() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withHybridSearchWeights(null))))
                    .containsExactly(problem(MISSING, "dataset_config", "hybrid_search", "weights"));
        }

        @Test
        void rejectsNullWeight() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withHybridSearchWeights(map("image", null, "video", 1.0)))))
                    .containsExactly(problem(MISSING, "dataset_config", "hybrid_search", "weights", "image"));
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
                    .containsExactly(problem(GREATER_THAN, "dataset_config", "extra_config", "composite_settings",
                            "scenes", "maximum_slice_duration_seconds"));
        }

        @Test
        void rejectsNegativeSlice() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withCompositeSettings(map("scenes", -5)))))
                    .containsExactly(problem(GREATER_THAN, "dataset_config", "extra_config", "composite_settings",
                            "scenes", "maximum_slice_duration_seconds"));
        }

        @Test
        void rejectsCompositeWithoutSlice() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withCompositeSettings(map("scenes", null)))))
                    .containsExactly(problem(MISSING, "dataset_config", "extra_config", "composite_settings",
                            "scenes", "maximum_slice_duration_seconds"));
        }

        @Test
        void rejectsExtraConfigWithoutCompositeSettings() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig().withCompositeSettings(null))))
                    .containsExactly(problem(MISSING, "dataset_config", "extra_config", "composite_settings"));
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
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "metadata_fields_to_index"));
        }

        @Test
        void rejectsEmbedListDifferentFromTheTopLevelOne() {
            assertThat(problemsOf(aNewDataset().withMetadataFieldsToEmbed("caption")
                    .withDatasetConfig(aDatasetConfig().withMetadataFieldsToEmbed("summary"))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "metadata_fields_to_embed"));
        }

        @Test
        void rejectsSameNamesInAnotherOrder() {
            assertThat(problemsOf(aNewDataset().withMetadataFieldsToIndex("title", "year")
                    .withDatasetConfig(aDatasetConfig().withMetadataFieldsToIndex("year", "title"))))
                    .containsExactly(problem(VALUE_ERROR, "dataset_config", "metadata_fields_to_index"));
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
                            problem(STRING_TOO_SHORT, "dataset_config", "metadata_fields_to_index", 1),
                            problem(VALUE_ERROR, "dataset_config", "metadata_fields_to_index", 2),
                            problem(STRING_TOO_LONG, "dataset_config", "metadata_fields_to_embed", 0),
                            problem(MISSING, "dataset_config", "metadata_fields_to_embed", 1));
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
                            problem(STRING_TOO_SHORT, "dataset_config", "asset_identifier_key"),
                            problem(STRING_TOO_LONG, "dataset_config", "context_studio_export_json_connection_name"));
        }

        @Test
        void rejectsNullMetadataDescription() {
            assertThat(problemsOf(aNewDataset().withDatasetConfig(aDatasetConfig()
                    .withAgenticSearchMetadataDescription(map("title", null)))))
                    .containsExactly(problem(MISSING, "dataset_config", "agentic_search_metadata_description",
                            "title"));
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
                        problem(VALUE_ERROR, "dataset_config", "encoder_name", "image"),
                        problem(MISSING, "dataset_config", "embedding_id"),
                        problem(GREATER_THAN, "dataset_config", "extra_config", "composite_settings", "scenes",
                                "maximum_slice_duration_seconds"),
                        problem(VALUE_ERROR, "dataset_config", "hybrid_search", "weights"),
                        problem(VALUE_ERROR, "dataset_config", "metadata_fields_to_index"));
    }
}
