package dev.corpora.persistence.testing;

import java.util.UUID;

/** A fresh in-memory H2 database in PostgreSQL mode, the same mode the embedded default runs in. */
public final class H2TestDatabase implements TestDatabase {
    private final String url = "jdbc:h2:mem:corpora_" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Override
    public String url() {
        return url;
    }

    @Override
    public String username() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        // in-memory: gone with the JVM
    }
}
