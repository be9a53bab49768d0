package dev.corpora.domain.dataset;

import java.util.List;

/**
 * One page of a listing and the total that matched. Pages are counted from 1:
 * {@code currentPage = skip / limit + 1}, {@code lastPage = max(1, ceil(total / limit))}.
 */
public record DatasetPage(List<Dataset> datasets, long total, int skip, int limit) {
    public DatasetPage {
        datasets = List.copyOf(datasets);
    }

    public long currentPage() {
        return skip / limit + 1L;
    }

    public long lastPage() {
        return Math.max(1, (total + limit - 1) / limit);
    }
}
