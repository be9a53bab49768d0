package dev.corpora.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.domain.error.Forbidden;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {
    private static final OrganizationId ACME = new OrganizationId("acme");

    private static Actor actorWith(Role... roles) {
        return new Actor("alice", ACME, Set.of(roles));
    }

    @Test
    void adminIsAlsoWriterAndReader() {
        Actor admin = actorWith(Role.ADMIN);

        assertThat(admin.has(Role.ADMIN)).isTrue();
        assertThat(admin.has(Role.WRITER)).isTrue();
        assertThat(admin.has(Role.READER)).isTrue();
    }

    @Test
    void writerIsAlsoReaderButNotAdmin() {
        Actor writer = actorWith(Role.WRITER);

        assertThat(writer.has(Role.READER)).isTrue();
        assertThat(writer.has(Role.WRITER)).isTrue();
        assertThat(writer.has(Role.ADMIN)).isFalse();
    }

    @Test
    void readerLacksWriterAndAdmin() {
        Actor reader = actorWith(Role.READER);

        assertThat(reader.has(Role.READER)).isTrue();
        assertThat(reader.has(Role.WRITER)).isFalse();
        assertThat(reader.has(Role.ADMIN)).isFalse();
    }

    @Test
    void actorWithoutRolesHasNone() {
        Actor nobody = actorWith();

        assertThat(nobody.has(Role.READER)).isFalse();
    }

    @Test
    void requireNamesTheMissingRole() {
        assertThatThrownBy(() -> actorWith(Role.READER).require(Role.WRITER, "create datasets"))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("'writer'")
                .hasMessageContaining("create datasets");
    }

    @Test
    void requirePassesWithAHigherRole() {
        assertThatCode(() -> actorWith(Role.ADMIN).require(Role.READER, "read")).doesNotThrowAnyException();
    }

    @Test
    void needsASubject() {
        assertThatThrownBy(() -> new Actor(" ", ACME, Set.of(Role.READER)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
