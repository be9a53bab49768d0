package dev.corpora.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each hash costs 600,000 PBKDF2 iterations on purpose, so these tests compute as few as they can. */
class SecretHashTest {
    private static final String SECRET = "s3cret-Sauce-0123456789";
    private static final SecretHash HASH = SecretHash.of(SECRET);

    @Test
    void matchesTheSecretItWasMadeFrom() {
        assertThat(HASH.matches(SECRET)).isTrue();
    }

    @Test
    void doesNotMatchAnotherSecret() {
        assertThat(HASH.matches("s3cret-Sauce-0123456788")).isFalse();
    }

    @Test
    void encodedFormNeverContainsTheSecret() {
        assertThat(HASH.encoded()).startsWith("pbkdf2-sha256$600000$").doesNotContain(SECRET);
        assertThat(HASH.toString()).doesNotContain(SECRET).doesNotContain(HASH.encoded());
    }

    @Test
    void aNewHashIsNotOutdatedAndOneOfFewerIterationsIs() {
        String[] parts = HASH.encoded().split("\\$");

        assertThat(HASH.outdated()).isFalse();
        assertThat(new SecretHash(String.join("$", parts[0], "210000", parts[2], parts[3])).outdated()).isTrue();
    }

    @Test
    void rejectsAnIterationCountThatIsNoPositiveNumber() {
        String[] parts = HASH.encoded().split("\\$");

        assertThatThrownBy(() -> new SecretHash(String.join("$", parts[0], "-1", parts[2], parts[3])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretHash(String.join("$", parts[0], "many", parts[2], parts[3])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashingTheSameSecretTwiceGivesDifferentSalts() {
        assertThat(SecretHash.of(SECRET).encoded()).isNotEqualTo(HASH.encoded());
    }

    @Test
    void readBackFromItsEncodedFormStillMatches() {
        assertThat(new SecretHash(HASH.encoded()).matches(SECRET)).isTrue();
    }

    @Test
    void rejectsEncodedFormOfAnotherScheme() {
        assertThatThrownBy(() -> new SecretHash("bcrypt$10$salt$hash")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretHash(SECRET)).isInstanceOf(IllegalArgumentException.class);
    }
}
