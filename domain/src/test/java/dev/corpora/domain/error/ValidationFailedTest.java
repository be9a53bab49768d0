package dev.corpora.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationFailedTest {
    private static final Violation BAD_NAME =
            Violation.at(ViolationKind.NOT_ALLOWED_CHARACTERS, "only letters, digits and underscores", "name");

    @Test
    void carriesEveryViolationItWasGiven() {
        Violation missingEncoder = Violation.at(ViolationKind.MISSING, "needs an encoder", "encoder");

        assertThat(new ValidationFailed(List.of(BAD_NAME, missingEncoder)).violations())
                .containsExactly(BAD_NAME, missingEncoder);
        assertThat(new ValidationFailed(BAD_NAME).violations()).containsExactly(BAD_NAME);
    }

    @Test
    void needsAtLeastOneViolation() {
        assertThatThrownBy(() -> new ValidationFailed(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** The caller found the input malformed and holds those problems; the rules added none of their own. */
    @Test
    void malformedInputCarriesNoViolationsOfItsOwn() {
        assertThat(ValidationFailed.malformedInput().violations()).isEmpty();
    }

    @Test
    void violationsThrowEverythingFoundAtOnce() {
        Violations violations = new Violations();
        violations.add(ViolationKind.TOO_LONG, "too long", "description");
        violations.add(ViolationKind.MISSING, "missing", "datasetConfig", "embeddingId");

        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.violations())
                        .extracting(Violation::kind, Violation::path)
                        .containsExactly(
                                tuple(ViolationKind.TOO_LONG, List.of("description")),
                                tuple(ViolationKind.MISSING, List.of("datasetConfig", "embeddingId"))));
    }

    @Test
    void noViolationsThrowNothing() {
        new Violations().throwIfAny();
    }

    /** A map key the client chose stays apart from the domain's field names, even when spelled the same. */
    @Test
    void mapKeysInAPathAreKeysNotFieldNames() {
        Violation underKey = Violation.at(ViolationKind.MISSING, "a description is text", new Key("name"))
                .under(List.of("datasetConfig", "agenticSearchMetadataDescription"));

        assertThat(underKey.path()).containsExactly("datasetConfig", "agenticSearchMetadataDescription",
                new Key("name"));
        assertThat(underKey.path().get(2)).isNotEqualTo("name");
    }
}
