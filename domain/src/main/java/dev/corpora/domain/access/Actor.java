package dev.corpora.domain.access;

import dev.corpora.domain.error.Forbidden;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who calls: a user or client id (recorded as {@code created_by} and the like), its organization and roles.
 * Roles are cumulative: reader reads, writer also writes, admin also chooses dataset ids.
 */
public record Actor(String subject, OrganizationId organization, Set<Role> roles) {
    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an actor needs a subject");
        }
        Objects.requireNonNull(organization, "organization");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role needed) {
        return roles.stream().anyMatch(role -> role.compareTo(needed) >= 0);
    }

    /** @throws Forbidden when the actor lacks the role */
    public void require(Role needed, String toDoWhat) {
        if (!has(needed)) {
            throw new Forbidden("The '" + needed.claim() + "' role is needed to " + toDoWhat);
        }
    }
}
