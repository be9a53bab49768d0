package dev.corpora.bootstrap.architecture.planted.domain.error;

import dev.corpora.bootstrap.architecture.planted.domain.dataset.PlantedDataset;

/** Names the dataset it did not find, and so points back at the package that throws it. */
public final class PlantedNotFound extends RuntimeException {
    public PlantedNotFound(PlantedDataset dataset) {
        super(String.valueOf(dataset));
    }
}
