package dev.corpora.rest.access;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the request's validated bearer token into the application's {@link Actor}. */
@Singleton
public class CurrentActor {
    static final String ORGANIZATION_CLAIM = "org_id";

    private final SecurityService security;

    CurrentActor(SecurityService security) {
        this.security = security;
    }

    /** @throws NotAuthenticated when there is no token, or it lacks a subject or an organization */
    public Actor get() {
        Authentication authentication = security.getAuthentication().orElseThrow(
                () -> new NotAuthenticated("Not authenticated"));
        Object organization = authentication.getAttributes().get(ORGANIZATION_CLAIM);
        if (organization == null || organization.toString().isBlank() || authentication.getName() == null
                || authentication.getName().isBlank()) {
            throw new NotAuthenticated("The access token has no subject or no org_id claim");
        }
        Set<Role> roles = authentication.getRoles().stream().map(Role::fromClaim).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new Actor(authentication.getName(), new OrganizationId(organization.toString()), roles);
    }

    /** The organization a request's token names, as a log may show it: empty without a valid token. */
    public static Optional<String> organizationOf(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getAttributes().get(ORGANIZATION_CLAIM))
                .map(Object::toString);
    }
}
