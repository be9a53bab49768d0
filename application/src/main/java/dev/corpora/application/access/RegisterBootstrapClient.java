package dev.corpora.application.access;

import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes sure someone can log in on first start: registers the configured client (reader, writer, admin) if it
 * is not registered yet; with none configured and no client at all, generates one.
 */
public final class RegisterBootstrapClient {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClients clients;
    private final Transactions transactions;

    public RegisterBootstrapClient(ApiClients clients, Transactions transactions) {
        this.clients = clients;
        this.transactions = transactions;
    }

    /**
     * @param configured the configured client, or {@code null} when none is configured
     * @return the client that was registered now, if any; {@code generated} ones carry a secret to show once
     */
    public Optional<BootstrapClient> handle(BootstrapClient configured) {
        return transactions.inTransaction(() -> {
            if (configured != null) {
                if (clients.byId(configured.credentials().clientId()).isPresent()) {
                    return Optional.empty();
                }
                register(configured);
                return Optional.of(configured);
            }
            if (!clients.isEmpty()) {
                return Optional.empty();
            }
            BootstrapClient generated = new BootstrapClient(
                    new ClientCredentials("corpora-" + UUID.randomUUID(), randomSecret()),
                    new OrganizationId(UUID.randomUUID().toString()), true);
            register(generated);
            return Optional.of(generated);
        });
    }

    private void register(BootstrapClient client) {
        clients.addIfAbsent(new ApiClient(client.credentials().clientId(), client.organization(),
                EnumSet.allOf(Role.class), SecretHash.of(client.credentials().secret())));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
