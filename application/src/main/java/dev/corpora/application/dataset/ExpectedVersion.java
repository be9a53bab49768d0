package dev.corpora.application.dataset;

import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.error.PreconditionFailed;

/**
 * The version a caller expects a dataset to be at (its If-Match), or {@link #ANY} when it did not say.
 *
 * @param version the expected version; a value no dataset has (such as -1) when the caller's tag was not ours
 */
public record ExpectedVersion(Long version) {
    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** @throws PreconditionFailed when the dataset is at another version, leaving it unchanged */
    void check(Dataset dataset) {
        if (version != null && version != dataset.version()) {
            throw new PreconditionFailed("Dataset " + dataset.id() + " is at version " + dataset.version()
                    + ", not the expected one; read it again and retry");
        }
    }
}
