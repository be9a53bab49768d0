package dev.corpora.domain.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import java.util.List;
import java.util.Optional;

/**
 * Port: where datasets are kept. Name uniqueness is decided here, atomically, never by a prior look-up. Each
 * method is atomic on its own; inside a transaction it takes part in it.
 */
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

    /**
     * As {@link #byId}, and holds the dataset against other writers until the transaction ends. This lock is
     * the one way concurrent changes are kept apart: every change is read this way (or claimed, see
     * {@link #claimDeleting}) before it is stored.
     */
    Optional<Dataset> byIdForUpdate(DatasetId id, OrganizationId organization);

    /**
     * Stores the next state of a dataset this transaction holds (read with {@link #byIdForUpdate} or claimed).
     *
     * @throws DatasetNameTaken when a new name is taken in the organization, in any case
     */
    void update(Dataset dataset);

    /**
     * One page of the organization's datasets that match, oldest first then by id, and exactly how many match,
     * both as of one moment.
     */
    DatasetPage page(OrganizationId organization, DatasetQuery query);

    /**
     * Claims up to {@code max} datasets being deleted, of any organization, for the rest of the transaction:
     * datasets another transaction has claimed are skipped, so each is finished by one worker only.
     */
    List<Dataset> claimDeleting(int max);

    /** How many datasets, of every organization, are being deleted and not yet finished. */
    long countDeleting();
}
