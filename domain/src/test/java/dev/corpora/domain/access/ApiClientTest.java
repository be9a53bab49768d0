package dev.corpora.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiClientTest {
    /** Well-formed but never checked here, so no slow hashing. */
    private static final SecretHash ANY_HASH = new SecretHash("pbkdf2-sha256$1$AAAA$AAAA");
    private static final OrganizationId ACME = new OrganizationId("acme");

    @Test
    void actsAsItsIdForItsOrganizationWithItsRoles() {
        Actor actor = new ApiClient("ingest-bot", ACME, Set.of(Role.WRITER), ANY_HASH).asActor();

        assertThat(actor.subject()).isEqualTo("ingest-bot");
        assertThat(actor.organization()).isEqualTo(ACME);
        assertThat(actor.roles()).containsExactly(Role.WRITER);
    }

    @Test
    void rejectsClientIdWithColonBecauseBasicAuthCouldNotCarryIt() {
        assertThatThrownBy(() -> new ApiClient("ingest:bot", ACME, Set.of(Role.WRITER), ANY_HASH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
