package dev.corpora.application;

import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.dataset.Datasets;

/** The fake the use-case tests rely on keeps the port's contract, the same one the SQL adapter is held to. */
class InMemoryDatasetsContractTest extends DatasetsContract {
    private final InMemoryDatasets datasets = new InMemoryDatasets();
    private final Transactions transactions = new DirectTransactions();

    @Override
    protected Datasets datasets() {
        return datasets;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
