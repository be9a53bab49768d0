package dev.corpora.bootstrap.architecture.planted.domain.dataset;

import dev.corpora.bootstrap.architecture.planted.domain.error.PlantedNotFound;

/** With {@link PlantedNotFound}, a cycle between two packages of one layer. */
public final class PlantedDataset {
    PlantedDataset require() {
        throw new PlantedNotFound(this);
    }
}
