package dev.corpora.persistence.access;

import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import dev.corpora.persistence.SqlErrors;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@link ApiClients} port: clients with their organization, roles and only a hash of their secret. */
@Singleton
final class JdbcApiClients implements ApiClients {
    private final ApiClientRowRepository rows;
    private final Clock clock;

    JdbcApiClients(ApiClientRowRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<ApiClient> byId(String clientId) {
        return rows.findById(clientId).map(row -> new ApiClient(row.clientId(),
                new OrganizationId(row.organizationId()), roles(row.roles()), new SecretHash(row.secretHash())));
    }

    @Override
    public void addIfAbsent(ApiClient client) {
        String roles = client.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(","));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            rows.save(new ApiClientRow(client.clientId(), client.organization().value(), roles,
                    client.secret().encoded(), now));
        } catch (RuntimeException e) {
            if (SqlErrors.uniqueViolation(e).isEmpty()) {
                throw e;
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return !rows.existsByClientIdIsNotNull();
    }

    @Override
    public void replaceSecret(String clientId, SecretHash secret) {
        rows.update(clientId, secret.encoded());
    }

    private static Set<Role> roles(String claims) {
        return Arrays.stream(claims.split(",")).map(Role::fromClaim).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }
}
