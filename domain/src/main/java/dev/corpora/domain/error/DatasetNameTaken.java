package dev.corpora.domain.error;

/** Another dataset of the organization that is not deleted already has the name, compared case-insensitively. */
public final class DatasetNameTaken extends DomainError {
    public DatasetNameTaken(String name) {
        super("A dataset named '" + name + "' already exists in this organization");
    }

    @Override
    public String code() {
        return "dataset_name_taken";
    }
}
