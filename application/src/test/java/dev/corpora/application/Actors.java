package dev.corpora.application;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import java.util.Set;

/** Callers of the use cases: each of organization {@link #ACME} unless said otherwise. */
public final class Actors {
    public static final OrganizationId ACME = new OrganizationId("acme");
    public static final OrganizationId GLOBEX = new OrganizationId("globex");

    private Actors() {
    }

    public static Actor nobody() {
        return new Actor("nobody", ACME, Set.of());
    }

    public static Actor reader() {
        return new Actor("rita-reader", ACME, Set.of(Role.READER));
    }

    public static Actor writer() {
        return new Actor("walter-writer", ACME, Set.of(Role.WRITER));
    }

    public static Actor admin() {
        return new Actor("ada-admin", ACME, Set.of(Role.ADMIN));
    }

    public static Actor writerOf(OrganizationId organization) {
        return new Actor("other-writer", organization, Set.of(Role.WRITER));
    }
}
