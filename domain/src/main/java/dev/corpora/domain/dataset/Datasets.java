package dev.corpora.domain.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import java.util.Optional;

/** Port: where datasets are kept. Name uniqueness is decided here, atomically, never by a prior look-up. */
public interface Datasets {

    /**
     * Stores a new dataset.
     *
     * @throws DatasetNameTaken when another dataset of the organization that holds its name has the same name,
     *                          in any case
     * @throws DatasetIdTaken   when the id is used already, in any organization
     */
    void add(Dataset dataset);

    /** The organization's dataset with that id, whatever its status; another organization's is not found. */
    Optional<Dataset> byId(DatasetId id, OrganizationId organization);
}
