package dev.corpora.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckHealthTest {
    private final AtomicBoolean answers = new AtomicBoolean(true);
    private final AtomicInteger asked = new AtomicInteger();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final CheckHealth health = new CheckHealth(() -> {
        asked.incrementAndGet();
        return answers.get();
    }, clock);

    @Test
    void upWhileTheStorageAnswersAndDownWhenItStops() {
        assertThat(health.up()).isTrue();
        answers.set(false);
        clock.advance(CheckHealth.KEPT_FOR);

        assertThat(health.up()).isFalse();
    }

    @Test
    void asksTheStorageAtMostOnceASecond() {
        health.up();
        answers.set(false);
        clock.advance(Duration.ofMillis(999));

        assertThat(health.up()).isTrue();
        assertThat(asked).hasValue(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(health.up()).isFalse();
        assertThat(asked).hasValue(2);
    }
}
