package dev.corpora.persistence.access;

import dev.corpora.persistence.testing.H2TestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class H2OrganizationAllowancesTest extends OrganizationAllowancesContract {
    @Override
    protected TestDatabase database() {
        return new H2TestDatabase();
    }
}
