package dev.corpora.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void readsEachRoleFromItsClaim() {
        assertThat(Role.fromClaim("reader")).contains(Role.READER);
        assertThat(Role.fromClaim("writer")).contains(Role.WRITER);
        assertThat(Role.fromClaim("admin")).contains(Role.ADMIN);
    }

    @Test
    void claimIsTheLowerCaseName() {
        assertThat(Role.ADMIN.claim()).isEqualTo("admin");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ADMIN", "Writer", "owner", " reader"})
    void knowsNoOtherClaim(String claim) {
        assertThat(Role.fromClaim(claim)).isEmpty();
    }
}
