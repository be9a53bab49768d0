package dev.corpora.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckHealthTest {
    private final AtomicBoolean answers = new AtomicBoolean(true);
    private final AtomicInteger asked = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-30T08:00:00Z");
    private final CheckHealth health = new CheckHealth(() -> {
        asked.incrementAndGet();
        return answers.get();
    }, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void upWhileTheStorageAnswersAndDownWhenItStops() {
        assertThat(health.up()).isTrue();
        answers.set(false);
        now = now.plus(CheckHealth.KEPT_FOR);

        assertThat(health.up()).isFalse();
    }

    @Test
    void asksTheStorageAtMostOnceASecond() {
        health.up();
        answers.set(false);
        now = now.plus(Duration.ofMillis(999));

        assertThat(health.up()).isTrue();
        assertThat(asked).hasValue(1);
        now = now.plus(Duration.ofMillis(1));
        assertThat(health.up()).isFalse();
        assertThat(asked).hasValue(2);
    }
}
