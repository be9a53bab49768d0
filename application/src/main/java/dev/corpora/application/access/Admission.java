package dev.corpora.application.access;

import java.time.Duration;

/**
 * Whether a request may go on, and what is left of its organization's allowance.
 *
 * @param admitted  whether it may go on
 * @param limit     how many requests the allowance holds when full
 * @param remaining how many more it allows now
 * @param untilFull how long until it is full again
 * @param retryAfter when it was not admitted, how long until one more request is allowed; else zero
 */
public record Admission(boolean admitted, long limit, long remaining, Duration untilFull, Duration retryAfter) {
}
