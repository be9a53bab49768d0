package dev.corpora.application.dataset;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.DatasetNotFound;

/** Reads one dataset of the caller's organization; a deleted one only when asked for. */
public class GetDataset {
    private final Datasets datasets;

    public GetDataset(Datasets datasets) {
        this.datasets = datasets;
    }

    /** @throws DatasetNotFound when unknown, another organization's, or deleted without {@code includeDeleted} */
    public Dataset handle(DatasetId id, boolean includeDeleted, Actor actor) {
        actor.require(Role.READER, "read datasets");
        return datasets.byId(id, actor.organization())
                .filter(d -> includeDeleted || d.status() != DatasetStatus.DELETED)
                .orElseThrow(() -> new DatasetNotFound(id.value()));
    }
}
