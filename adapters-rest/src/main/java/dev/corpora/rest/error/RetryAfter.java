package dev.corpora.rest.error;

import java.time.Duration;

/** {@code Retry-After} in whole seconds, rounded up, and at least one: a client must never be told to retry at once. */
public final class RetryAfter {
    private RetryAfter() {
    }

    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toSecondsPart() == 0 && wait.toNanosPart() == 0 ? 0 : 1);
        return Math.max(1, seconds);
    }
}
