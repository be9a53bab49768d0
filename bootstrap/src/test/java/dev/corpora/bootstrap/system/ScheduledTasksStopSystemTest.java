package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.persistence.testing.H2TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stop cancels every scheduled task first, so that none fires once the beans it needs are destroyed (it logged
 * an ERROR then, for a bean it could not create).
 */
class ScheduledTasksStopSystemTest {

    @Test
    void noScheduledTaskRunsOnceAStopIsAnnounced() throws InterruptedException {
        try (RunningCorpora corpora = new RunningCorpora(new H2TestDatabase(),
                Map.of(ScheduledProbe.PROPERTY, true))) {
            ScheduledProbe probe = corpora.bean(ScheduledProbe.class).orElseThrow();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (probe.runs() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(probe.runs()).as("runs before the stop").isGreaterThanOrEqualTo(3);

            corpora.announceStop();
            int afterTheAnnouncement = probe.runs();
            Thread.sleep(300);

            // a run in progress at the announcement still finishes
            assertThat(probe.runs()).isLessThanOrEqualTo(afterTheAnnouncement + 1);
        }
    }
}
