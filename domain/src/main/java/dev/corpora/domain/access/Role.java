package dev.corpora.domain.access;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do. Each role includes the ones before it: an admin is also a writer and a reader. */
public enum Role {
    READER,
    WRITER,
    ADMIN;

    public static Optional<Role> fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim().equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The name of the role in tokens and configuration. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }
}
