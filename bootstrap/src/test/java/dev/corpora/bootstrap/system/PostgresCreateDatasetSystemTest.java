package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.client.ApiException;
import dev.corpora.client.api.DatasetsApi;
import dev.corpora.persistence.testing.PostgresTestDatabase;
import dev.corpora.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PostgresCreateDatasetSystemTest extends CreateDatasetSystemContract {
    @Override
    protected TestDatabase database() {
        return PostgresTestDatabase.create();
    }

    @Test
    void twentyParallelCreatesOfOneNameLetExactlyOneWin() throws Exception {
        DatasetsApi writer = new DatasetsApi(corpora.clientFor("writer", "writer-secret"));
        String name = RunningCorpora.uniqueName("Race");
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String sameNameInSomeCase = i % 2 == 0 ? name : name.toUpperCase();
            creates.add(() -> {
                try {
                    writer.createDataset(minimal(sameNameInSomeCase), null);
                    return 200;
                } catch (ApiException e) {
                    return e.getCode();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(creates)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    }
}
