package dev.corpora.persistence.access;

import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import dev.corpora.persistence.SqlErrors;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@link ApiClients} port: clients with their organization, roles and only a hash of their secret. */
@Singleton
final class JdbcApiClients implements ApiClients {
    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcApiClients(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ApiClient> byId(String clientId) {
        return jdbc.prepareStatement(
                "SELECT client_id, organization_id, roles, secret_hash FROM api_clients WHERE client_id = ?",
                statement -> {
                    statement.setString(1, clientId);
                    try (ResultSet r = statement.executeQuery()) {
                        if (!r.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new ApiClient(r.getString(1), new OrganizationId(r.getString(2)),
                                roles(r.getString(3)), new SecretHash(r.getString(4))));
                    }
                });
    }

    @Override
    public void addIfAbsent(ApiClient client) {
        try {
            jdbc.prepareStatement("INSERT INTO api_clients (client_id, organization_id, roles, secret_hash, "
                    + "created_dt) VALUES (?, ?, ?, ?, ?)", statement -> {
                statement.setString(1, client.clientId());
                statement.setString(2, client.organization().value());
                statement.setString(3, client.roles().stream().map(Role::claim).sorted()
                        .collect(Collectors.joining(",")));
                statement.setString(4, client.secret().encoded());
                statement.setObject(5, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
                return statement.executeUpdate();
            });
        } catch (RuntimeException e) {
            if (SqlErrors.uniqueViolation(e).isEmpty()) {
                throw e;
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM api_clients", statement -> {
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getLong(1) == 0;
            }
        });
    }

    private static Set<Role> roles(String claims) {
        return Arrays.stream(claims.split(",")).map(Role::fromClaim).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }
}
