package dev.corpora.domain.access;

import java.util.Objects;
import java.util.Set;

/** A machine client that logs in with a client id and secret and acts for one organization with its roles. */
public record ApiClient(String clientId, OrganizationId organization, Set<Role> roles, SecretHash secret) {
    public ApiClient {
        if (clientId == null || clientId.isBlank() || clientId.contains(":")) {
            throw new IllegalArgumentException("a client id is non-blank and has no ':'");
        }
        Objects.requireNonNull(organization, "organization");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(secret, "secret");
    }

    /** What a token issued to this client lets it do. */
    public Actor asActor() {
        return new Actor(clientId, organization, roles);
    }
}
