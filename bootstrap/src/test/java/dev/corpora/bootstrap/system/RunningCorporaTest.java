package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.corpora.persistence.testing.H2TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The tests' way of starting Corpora, when tests start it at the same time. */
class RunningCorporaTest {
    private static final int AT_ONCE = 2;

    @Test
    void startedAtOnceEachListensOnAManagementPortOfItsOwn() throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(AT_ONCE);
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        List<Future<RunningCorpora>> starting = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            starting.add(starters.submit(() -> {
                start.await();
                // Micronaut runs a start as a test's only on a thread whose stack shows JUnit; elsewhere, a start
                // that fails exits the JVM
                return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> new RunningCorpora(new H2TestDatabase()));
            }));
        }
        List<RunningCorpora> running = new ArrayList<>();
        try {
            for (Future<RunningCorpora> started : starting) {
                running.add(started.get(2, TimeUnit.MINUTES));
            }

            assertThat(running).extracting(RunningCorpora::managementUrl).doesNotHaveDuplicates();
            for (RunningCorpora corpora : running) {
                assertThat(RawHttp.send("GET", corpora.managementUrl() + "/health/liveness", null, null)
                        .statusCode()).isEqualTo(200);
            }
        } finally {
            starters.shutdown();
            for (Future<RunningCorpora> started : starting) {
                try {
                    started.get(2, TimeUnit.MINUTES).close();
                } catch (ExecutionException failedToStart) {
                    // nothing to close
                }
            }
        }
    }
}
