package dev.corpora.application.dataset;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.DatasetNotFound;

/** Reads a dataset to change it, holding it until the transaction ends. A deleted one is not found. */
final class LockedDataset {
    private LockedDataset() {
    }

    static Dataset of(Datasets datasets, DatasetId id, Actor actor) {
        return datasets.byIdForUpdate(id, actor.organization())
                .filter(dataset -> dataset.status() != DatasetStatus.DELETED)
                .orElseThrow(() -> new DatasetNotFound(id.value()));
    }
}
