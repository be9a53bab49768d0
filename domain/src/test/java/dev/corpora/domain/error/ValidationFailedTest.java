package dev.corpora.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationFailedTest {
    private static final Violation BAD_NAME = Violation.at(ViolationKind.STRING_TYPE, "not a string", "name");

    @Test
    void isAboutThePayloadUnlessSaidOtherwise() {
        assertThat(new ValidationFailed(BAD_NAME).source()).isEqualTo(ValidationFailed.Source.PAYLOAD);
        assertThat(new ValidationFailed(List.of(BAD_NAME)).source()).isEqualTo(ValidationFailed.Source.PAYLOAD);
    }

    @Test
    void keepsTheSourceItWasGiven() {
        assertThat(new ValidationFailed(List.of(BAD_NAME), ValidationFailed.Source.PARAMETERS).source())
                .isEqualTo(ValidationFailed.Source.PARAMETERS);
    }

    @Test
    void needsAtLeastOneViolation() {
        assertThatThrownBy(() -> new ValidationFailed(List.of(), ValidationFailed.Source.PARAMETERS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void violationsThrowWithTheSourceAskedFor() {
        Violations violations = new Violations();
        violations.add(ViolationKind.GREATER_THAN_EQUAL, "too small", "skip");

        assertThatThrownBy(() -> violations.throwIfAny(ValidationFailed.Source.PARAMETERS))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failed -> assertThat(failed.source()).isEqualTo(ValidationFailed.Source.PARAMETERS));
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failed -> assertThat(failed.source()).isEqualTo(ValidationFailed.Source.PAYLOAD));
    }

    @Test
    void noViolationsThrowNothing() {
        new Violations().throwIfAny(ValidationFailed.Source.PARAMETERS);
    }

    @Test
    void newKindsUseThePydanticWords() {
        assertThat(ViolationKind.STRING_TYPE.wireName()).isEqualTo("string_type");
        assertThat(ViolationKind.BOOL_TYPE.wireName()).isEqualTo("bool_type");
        assertThat(ViolationKind.MODEL_TYPE.wireName()).isEqualTo("model_type");
    }
}
