package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.Creating.create;
import static dev.corpora.domain.dataset.NewDatasets.aNewDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page numbers of a listing: current_page = skip / limit + 1, last_page = max(1, ceil(total / limit)). */
class DatasetPageTest {

    private static DatasetPage page(long total, int skip, int limit) {
        return new DatasetPage(List.of(), total, skip, limit);
    }

    @ParameterizedTest(name = "skip {0}, limit {1} -> page {2}")
    @CsvSource({
        "0, 10, 1",
        "9, 10, 1",
        "10, 10, 2",
        "25, 10, 3",
        "0, 1, 1",
        "5, 1, 6",
        "999, 1000, 1",
        "1000, 1000, 2",
    })
    void currentPageCountsFromOne(int skip, int limit, long current) {
        assertThat(page(0, skip, limit).currentPage()).isEqualTo(current);
    }

    @ParameterizedTest(name = "total {0}, limit {1} -> last page {2}")
    @CsvSource({
        "0, 10, 1",
        "1, 10, 1",
        "9, 10, 1",
        "10, 10, 1",
        "11, 10, 2",
        "20, 10, 2",
        "21, 10, 3",
        "0, 1, 1",
        "7, 1, 7",
        "1000, 1000, 1",
        "1001, 1000, 2",
    })
    void lastPageIsAtLeastOneAndRoundsUp(long total, int limit, long last) {
        assertThat(page(total, 0, limit).lastPage()).isEqualTo(last);
    }

    @Test
    void handlesTotalsBeyondAnInt() {
        long total = 5_000_000_000L;
        assertThat(page(total, 0, 1000).lastPage()).isEqualTo(5_000_000L);
        assertThat(page(total + 1, 0, 1000).lastPage()).isEqualTo(5_000_001L);
    }

    @Test
    void skipBeyondTheLastPageGivesACurrentPageAfterIt() {
        DatasetPage beyond = page(5, 50, 10);

        assertThat(beyond.currentPage()).isEqualTo(6);
        assertThat(beyond.lastPage()).isEqualTo(1);
    }

    @Test
    void keepsItsOwnCopyOfTheDatasets() {
        List<Dataset> datasets = new ArrayList<>(List.of(create(aNewDataset())));
        DatasetPage page = new DatasetPage(datasets, 1, 0, 10);

        datasets.clear();

        assertThat(page.datasets()).hasSize(1);
        assertThatThrownBy(() -> page.datasets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
