package dev.corpora.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The breaking-change check itself, on a small contract ({@code contract/baseline.yml}) and copies of it with one
 * change each: it must call every break a break, and leave compatible additions alone.
 */
class ContractCompatibilityTest {

    @ParameterizedTest
    @ValueSource(strings = {"removed-path", "removed-operation", "removed-required-response-field",
            "new-required-request-field", "narrowed-request-type"})
    void openapiDiffCallsTheChangeIncompatible(String variant) {
        ContractCompatibility.Verdict verdict = ContractCompatibility.compare(spec("baseline"), spec(variant));

        assertThat(verdict.openapiDiff()).as(variant).isNotNull();
        assertThat(verdict.compatible()).isFalse();
    }

    @Test
    void aRemovedOptionalResponseFieldIsABreakOpenapiDiffMisses() {
        ContractCompatibility.Verdict verdict = ContractCompatibility.compare(spec("baseline"),
                spec("removed-response-field"));

        assertThat(verdict.openapiDiff()).isNull();
        assertThat(verdict.removedFields()).contains("#/components/schemas/DatasetResponse.description",
                "GET /api/v1/datasets/{dataset_id} 200 application/json.description",
                "GET /api/v1/datasets 200 application/json[].description");
        assertThat(verdict.compatible()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"removed-enum-value", "removed-inline-enum-value", "removed-unused-enum-value"})
    void aRemovedEnumValueIsABreak(String variant) {
        ContractCompatibility.Verdict verdict = ContractCompatibility.compare(spec("baseline"), spec(variant));

        assertThat(verdict.removedEnumValues()).as(variant).isNotEmpty();
        assertThat(verdict.compatible()).isFalse();
    }

    @Test
    void namesWhereAnEnumValueWentAndWhich() {
        ContractCompatibility.Verdict verdict = ContractCompatibility.compare(spec("baseline"),
                spec("removed-enum-value"));

        assertThat(verdict.removedEnumValues()).contains(
                "#/components/schemas/DatasetStatusEnum lost [deleting]",
                "GET /api/v1/datasets query status[] lost [deleting]",
                "GET /api/v1/datasets/{dataset_id} 200 application/json.status lost [deleting]");
        assertThat(verdict.explain()).contains("enum values removed");
    }

    @Test
    void openapiDiffAloneMissesAnEnumValueRemovedFromAResponse() {
        // why our own check exists: openapi-diff calls a narrower response enum compatible
        ContractCompatibility.Verdict verdict = ContractCompatibility.compare(spec("baseline"),
                spec("removed-inline-enum-value"));

        assertThat(verdict.openapiDiff()).isNull();
        assertThat(verdict.removedEnumValues()).containsExactlyInAnyOrder(
                "#/components/schemas/DatasetResponse.modality lost [audio_speech_to_text]",
                "GET /api/v1/datasets 200 application/json[].modality lost [audio_speech_to_text]",
                "GET /api/v1/datasets/{dataset_id} 200 application/json.modality lost [audio_speech_to_text]",
                "DELETE /api/v1/datasets/{dataset_id} 200 application/json.modality lost [audio_speech_to_text]",
                "POST /api/v1/datasets 200 application/json.modality lost [audio_speech_to_text]");
    }

    @Test
    void compatibleAdditionsPass() {
        ContractCompatibility.Verdict verdict = ContractCompatibility.compare(spec("baseline"),
                spec("compatible-additions"));

        assertThat(verdict.compatible()).as(verdict.explain()).isTrue();
    }

    @Test
    void aSpecIsCompatibleWithItself() {
        assertThat(ContractCompatibility.compare(spec("baseline"), spec("baseline")).compatible()).isTrue();
    }

    private static Path spec(String name) {
        try {
            return Path.of(ContractCompatibilityTest.class.getResource("/contract/" + name + ".yml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
