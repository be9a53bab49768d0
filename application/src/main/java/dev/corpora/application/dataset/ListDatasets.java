package dev.corpora.application.dataset;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.Datasets;

/** Lists one page of the caller's organization's datasets that match the filters. */
public class ListDatasets {
    private final Datasets datasets;

    public ListDatasets(Datasets datasets) {
        this.datasets = datasets;
    }

    public DatasetPage handle(DatasetQuery query, Actor actor) {
        actor.require(Role.READER, "list datasets");
        return datasets.page(actor.organization(), query);
    }
}
