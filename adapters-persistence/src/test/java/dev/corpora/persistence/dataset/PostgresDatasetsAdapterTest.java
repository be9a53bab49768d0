package dev.corpora.persistence.dataset;

import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class PostgresDatasetsAdapterTest extends DatasetsAdapterContract {
    @Override
    protected TestDatabase database() {
        return PostgresTestDatabase.create();
    }
}
