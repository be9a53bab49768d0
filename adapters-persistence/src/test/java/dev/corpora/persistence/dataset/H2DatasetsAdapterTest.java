package dev.corpora.persistence.dataset;

import dev.corpora.persistence.testing.H2TestDatabase;
import dev.corpora.persistence.testing.TestDatabase;

class H2DatasetsAdapterTest extends DatasetsAdapterContract {
    @Override
    protected TestDatabase database() {
        return new H2TestDatabase();
    }
}
