package dev.corpora.bootstrap.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/** A scheduled task of an instance started with {@link #PROPERTY}, that counts its runs for a test to read. */
@Singleton
@Requires(property = ScheduledProbe.PROPERTY, value = "true")
class ScheduledProbe {
    static final String PROPERTY = "corpora.test.scheduled-probe";

    private final AtomicInteger runs = new AtomicInteger();

    @Scheduled(fixedDelay = "5ms")
    void run() {
        runs.incrementAndGet();
    }

    int runs() {
        return runs.get();
    }
}
