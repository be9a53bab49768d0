package dev.corpora.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishBackoffTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final PublishBackoff backoff = new PublishBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void aBrokerThatWorksIsTriedAtEveryRun() {
        assertThat(backoff.due(NOW)).isTrue();
        backoff.succeeded();
        assertThat(backoff.due(NOW)).isTrue();
    }

    @Test
    void eachFailureInARowDoublesTheWaitUpToTheMaximum() {
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void afterAFailureTheBrokerIsNotTriedUntilTheWaitIsOver() {
        backoff.failed(NOW);
        backoff.failed(NOW);

        assertThat(backoff.due(NOW.plusMillis(1999))).isFalse();
        assertThat(backoff.due(NOW.plusSeconds(2))).isTrue();
    }

    @Test
    void aSuccessStartsTheWaitsAfresh() {
        backoff.failed(NOW);
        backoff.failed(NOW);
        backoff.succeeded();

        assertThat(backoff.due(NOW)).isTrue();
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(1));
    }
}
