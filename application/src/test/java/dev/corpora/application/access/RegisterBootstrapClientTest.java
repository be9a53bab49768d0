package dev.corpora.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.Actors;
import dev.corpora.application.DirectTransactions;
import dev.corpora.application.InMemoryApiClients;
import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Registering hashes the secret slowly on purpose, so these tests register as few clients as they can. */
class RegisterBootstrapClientTest {
    private static final BootstrapClient CONFIGURED = new BootstrapClient(
            new ClientCredentials("ops-console", "configured-secret-0123456789"), Actors.ACME, false);
    /** Well-formed but never checked here, so no slow hashing. */
    private static final SecretHash ANY_HASH = new SecretHash("pbkdf2-sha256$1$AAAA$AAAA");

    private final InMemoryApiClients clients = new InMemoryApiClients();
    private final RegisterBootstrapClient register = new RegisterBootstrapClient(clients, new DirectTransactions());

    private void existingClient() {
        clients.addIfAbsent(new ApiClient("existing-bot", Actors.GLOBEX, Set.of(Role.READER), ANY_HASH));
    }

    @Test
    void configuredClientIsRegisteredOnceWithEveryRole() {
        Optional<BootstrapClient> first = register.handle(CONFIGURED);
        Optional<BootstrapClient> second = register.handle(CONFIGURED);

        assertThat(first).contains(CONFIGURED);
        assertThat(second).isEmpty();
        assertThat(clients.all()).singleElement().satisfies(client -> {
            assertThat(client.clientId()).isEqualTo("ops-console");
            assertThat(client.organization()).isEqualTo(Actors.ACME);
            assertThat(client.roles()).containsExactlyInAnyOrder(Role.READER, Role.WRITER, Role.ADMIN);
            assertThat(client.secret().encoded()).doesNotContain("configured-secret-0123456789");
            assertThat(client.secret().matches("configured-secret-0123456789")).isTrue();
        });
    }

    @Test
    void configuredClientIsRegisteredEvenWhenOtherClientsExist() {
        existingClient();

        assertThat(register.handle(CONFIGURED)).contains(CONFIGURED);
        assertThat(clients.byId("ops-console")).isPresent();
    }

    @Test
    void withNoneConfiguredAndNoClientsGeneratesOneWithEveryRole() {
        BootstrapClient generated = register.handle(null).orElseThrow();

        assertThat(generated.generated()).isTrue();
        assertThat(generated.credentials().clientId()).startsWith("corpora-");
        assertThat(generated.credentials().secret()).hasSizeGreaterThanOrEqualTo(32);
        ApiClient stored = clients.byId(generated.credentials().clientId()).orElseThrow();
        assertThat(stored.organization()).isEqualTo(generated.organization());
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.READER, Role.WRITER, Role.ADMIN);
        assertThat(stored.secret().matches(generated.credentials().secret())).isTrue();
    }

    @Test
    void withNoneConfiguredButClientsRegisteredDoesNothing() {
        existingClient();

        assertThat(register.handle(null)).isEmpty();
        assertThat(clients.all()).extracting(ApiClient::clientId).containsExactly("existing-bot");
    }
}
