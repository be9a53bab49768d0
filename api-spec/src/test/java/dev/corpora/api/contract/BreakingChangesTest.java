package dev.corpora.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The working spec ({@code src/main/resources/openapi.yml}) must keep every promise of the released contract
 * ({@code baseline/openapi.yml}): no removed path, operation, field or enum value, no new required request field,
 * no narrowed type. openapi-diff judges the changes; {@link ContractCompatibility} adds the removed enum values and
 * optional response fields it misses. {@link ContractCompatibilityTest} proves the checks catch each kind of break.
 *
 * <p>A deliberate break (a new major version, a field nobody may use any more) updates the baseline in the same
 * commit: copy the working spec over {@code baseline/openapi.yml}, and say in the commit what broke and why.
 */
class BreakingChangesTest {
    static final Path BASELINE = Path.of("baseline/openapi.yml");
    static final Path WORKING = Path.of("src/main/resources/openapi.yml");

    @Test
    void workingSpecKeepsTheReleasedContract() {
        ContractCompatibility.Verdict verdict = ContractCompatibility.compare(BASELINE, WORKING);

        assertThat(verdict.compatible())
                .as("the working spec breaks the released contract (%s); if that is deliberate, update %s in the"
                        + " same commit\n%s", WORKING, BASELINE, verdict.explain())
                .isTrue();
    }

    @Test
    void ourChecksSeeTheBaselinesFieldsAndEnums() {
        // a check that finds nothing checks nothing: the baseline's known fields and enums must be among its places
        SpecPlaces places = SpecPlaces.of(ContractCompatibility.parse(BASELINE));

        assertThat(places.enumValues()).containsKeys("#/components/schemas/DatasetStatusEnum",
                "#/components/schemas/AudioEncoderNameEnum", "GET /api/v1/datasets query status[]",
                "POST /api/v1/datasets 200 application/json.status",
                "POST /api/v1/datasets request application/json.encoder_name");
        assertThat(places.fields()).contains("GET /api/v1/datasets 200 application/json.data[].dataset_config"
                + ".asset_identifier_key", "POST /api/v1/datasets request application/json.add_to_permit");
    }
}
