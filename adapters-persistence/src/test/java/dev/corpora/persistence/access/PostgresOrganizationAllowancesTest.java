package dev.corpora.persistence.access;

import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class PostgresOrganizationAllowancesTest extends OrganizationAllowancesContract {
    @Override
    protected TestDatabase database() {
        return PostgresTestDatabase.create();
    }
}
