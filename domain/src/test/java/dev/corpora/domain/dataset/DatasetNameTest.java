package dev.corpora.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.domain.error.InvalidValue;
import org.junit.jupiter.api.Test;

class DatasetNameTest {

    @Test
    void namesDifferingOnlyInCaseShareTheUniquenessKey() {
        assertThat(new DatasetName("Holiday_Photos").uniquenessKey())
                .isEqualTo(new DatasetName("HOLIDAY_photos").uniquenessKey());
    }

    @Test
    void differentNamesHaveDifferentUniquenessKeys() {
        assertThat(new DatasetName("photos_1").uniquenessKey())
                .isNotEqualTo(new DatasetName("photos_2").uniquenessKey());
    }

    @Test
    void keepsTheCaseItWasGiven() {
        assertThat(new DatasetName("Holiday_Photos").value()).isEqualTo("Holiday_Photos");
    }

    @Test
    void cannotBeMadeInvalid() {
        assertThatThrownBy(() -> new DatasetName("holiday-photos")).isInstanceOf(InvalidValue.class);
    }
}
