package dev.corpora.rest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpora.application.idempotency.IdempotencyKey;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.DatasetName;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Description;
import dev.corpora.domain.dataset.KeyframeSampling;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.MetadataFields;
import dev.corpora.domain.dataset.NamePattern;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import dev.corpora.domain.encoder.Modality;
import dev.corpora.rest.wire.WireWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spec states each shape rule once; the domain's value objects still refuse to be built invalid, with
 * constants of their own. These tests tie every such constant and enum to the spec, so the two cannot drift.
 */
class SpecConstantsTest {
    private static final JsonNode SPEC = ApiContract.read(ApiContract.RESOURCE);
    private static final String SCHEMAS = "/components/schemas/";
    private static final String LISTING_PARAMETERS = "/paths/~1api~1v1~1datasets/get/parameters";

    @Test
    void datasetNameRulesAreTheSpecs() {
        for (String schema : List.of("DatasetCreateRequest", "DatasetUpdateRequest")) {
            JsonNode name = SPEC.at(SCHEMAS + schema + "/properties/name");
            assertThat(name.path("maxLength").asInt()).as(schema).isEqualTo(DatasetName.MAX_LENGTH);
            assertThat(name.path("minLength").asInt()).as(schema).isEqualTo(1);
            assertThat(name.path("pattern").asText()).as(schema).isEqualTo(DatasetName.PATTERN);
        }
    }

    @Test
    void idempotencyKeyRulesAreTheSpecs() {
        JsonNode key = SPEC.at("/components/parameters/IdempotencyKey/schema");
        assertThat(key.path("maxLength").asInt()).isEqualTo(IdempotencyKey.MAX_LENGTH);
        assertThat(key.path("minLength").asInt()).isEqualTo(1);
        assertThat(key.path("pattern").asText()).isEqualTo(IdempotencyKey.PATTERN);
    }

    @Test
    void descriptionLengthIsTheSpecs() {
        for (String schema : List.of("DatasetCreateRequest", "DatasetUpdateRequest")) {
            assertThat(SPEC.at(SCHEMAS + schema + "/properties/description/maxLength").asInt()).as(schema)
                    .isEqualTo(Description.MAX_LENGTH);
        }
    }

    @Test
    void metadataFieldCapsAreTheSpecs() {
        for (String schema : List.of("DatasetCreateRequest", "DatasetConfig")) {
            for (String list : List.of("metadata_fields_to_index", "metadata_fields_to_embed")) {
                JsonNode fields = SPEC.at(SCHEMAS + schema + "/properties/" + list);
                assertThat(fields.path("maxItems").asInt()).as(schema + "." + list)
                        .isEqualTo(MetadataFields.MAX_NAMES);
                assertThat(fields.at("/items/maxLength").asInt()).as(schema + "." + list)
                        .isEqualTo(MetadataFields.MAX_NAME_LENGTH);
            }
        }
    }

    @Test
    void samplingRateBoundsAreTheSpecs() {
        JsonNode rate = SPEC.at(SCHEMAS + "DatasetCreateRequest/properties/keyframe_uniform_fps_sampling_rate");
        assertThat(rate.path("minimum").asDouble()).isEqualTo(KeyframeSampling.MIN_FPS);
        assertThat(rate.path("maximum").asDouble()).isEqualTo(KeyframeSampling.MAX_FPS);
    }

    @Test
    void listingBoundsAreTheSpecs() {
        assertThat(parameter("limit").at("/schema/maximum").asInt()).isEqualTo(DatasetQuery.MAX_LIMIT);
        assertThat(parameter("limit").at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(parameter("limit").at("/schema/default").asInt()).isEqualTo(DatasetQuery.DEFAULT_LIMIT);
        assertThat(parameter("skip").at("/schema/minimum").asInt()).isZero();
        assertThat(parameter("dataset_ids").at("/schema/maxItems").asInt()).isEqualTo(DatasetQuery.MAX_IDS);
        assertThat(parameter("name_pattern").at("/schema/maxLength").asInt()).isEqualTo(NamePattern.MAX_LENGTH);
    }

    @Test
    void enumsAreTheDomainsValues() {
        assertThat(values("AssetTypeEnum")).containsExactlyElementsOf(words(AssetType.values()));
        assertThat(values("DatasetStatusEnum")).containsExactlyElementsOf(words(DatasetStatus.values()));
        assertThat(values("KeyframeSamplingMethodEnum")).containsExactlyElementsOf(
                words(KeyframeSamplingMethod.values()));
        assertThat(values("DatasetUpdateRequestStatus")).containsExactlyElementsOf(words(
                Arrays.stream(DatasetStatus.values()).filter(DatasetStatus::holdsName).toArray(Enum[]::new)));
        assertThat(values("ModalityEnum")).containsExactlyInAnyOrderElementsOf(words(Modality.values()));
    }

    @Test
    void encoderEnumsAreTheCatalogs() {
        assertThat(values("EncoderNameEnum")).containsExactlyElementsOf(
                EncoderCatalog.all().stream().map(Encoder::name).toList());
        assertThat(values("VisualEncoderNameEnum")).containsExactlyElementsOf(
                EncoderCatalog.all().stream().filter(Encoder::isVisual).map(Encoder::name).toList());
    }

    private static JsonNode parameter(String name) {
        for (JsonNode parameter : SPEC.at(LISTING_PARAMETERS)) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("the listing has no parameter " + name + " at " + LISTING_PARAMETERS);
    }

    private static List<String> values(String schema) {
        List<String> values = new ArrayList<>();
        SPEC.at(SCHEMAS + schema + "/enum").forEach(value -> values.add(value.asText()));
        assertThat(values).as(schema + " has an enum").isNotEmpty();
        return values;
    }

    private static List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(WireWords::of).toList();
    }
}
