package dev.corpora.application.dataset;

import dev.corpora.domain.dataset.Dataset;

/**
 * Port: told once for each dataset whose deletion starts, after the start is stored; a repeated delete that finds
 * the dataset deleting already is no new start. Metrics count through it.
 */
public interface DeletionsStarted {
    void record(Dataset deleting);
}
