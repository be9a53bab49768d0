package dev.corpora.application.dataset;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creates a dataset in the caller's organization. Writers may; only admins may choose its id. */
public class CreateDataset {
    private final Datasets datasets;
    private final Clock clock;

    public CreateDataset(Datasets datasets, Clock clock) {
        this.datasets = datasets;
        this.clock = clock;
    }

    public Dataset handle(CreateDatasetCommand command, Actor actor) {
        actor.require(Role.WRITER, "create datasets");
        if (command.requestedId() != null) {
            actor.require(Role.ADMIN, "choose a dataset_id");
        }
        DatasetId id = command.requestedId() == null ? DatasetId.random() : new DatasetId(command.requestedId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Dataset dataset = Dataset.create(command.dataset(), id, actor, now);
        if (command.malformed()) {
            throw ValidationFailed.malformedInput();
        }
        datasets.add(dataset);
        return dataset;
    }
}
