package dev.corpora.application.event;

import java.time.Instant;

/**
 * What the outbox still holds back, at one moment.
 *
 * @param unsequenced       committed events not in the feed yet
 * @param unsent            events in the feed not yet confirmed by the broker
 * @param oldestUnsequenced when the oldest of the first happened; {@code null} when there is none
 * @param oldestUnsent      when the oldest of the second happened; {@code null} when there is none
 */
public record OutboxBacklog(long unsequenced, long unsent, Instant oldestUnsequenced, Instant oldestUnsent) {
}
