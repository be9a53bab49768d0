package dev.corpora.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.Outbox;
import dev.corpora.application.event.OutboxBacklog;
import dev.corpora.application.event.StoredEvent;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} promises, run against the SQL adapter on each database and against
 * {@link InMemoryOutbox}. Each test works in an organization of its own, and an implementation may keep what
 * earlier tests stored, so the tests look only at their own organization's events.
 */
public abstract class OutboxContract {
    private static final Instant TIME = Instant.parse("2026-11-30T12:00:00.123456Z");

    protected abstract Outbox outbox();

    protected abstract Transactions transactions();

    private static OrganizationId newOrganization() {
        return new OrganizationId("outbox-" + UUID.randomUUID());
    }

    protected static EventMessage message(OrganizationId organization, DatasetId subject, String type, int second) {
        return new EventMessage(UUID.randomUUID(), type, organization, subject, TIME.plusSeconds(second),
                "{\"type\":\"" + type + "\",\"second\":" + second + "}");
    }

    private void appendInOneTransaction(List<EventMessage> messages) {
        transactions().inTransaction(() -> {
            outbox().append(messages);
            return null;
        });
    }

    private void sequenceAll() {
        int placed;
        do {
            placed = transactions().inTransaction(() -> outbox().takeRelay() ? outbox().sequence(1000) : 0);
        } while (placed == 1000);
    }

    private List<EventMessage> feed(OrganizationId organization) {
        return outbox().after(organization, 0, 1000).stream().map(StoredEvent::message).toList();
    }

    @Test
    void appendedEventsAreNotInTheFeedUntilSequenced() {
        OrganizationId organization = newOrganization();
        appendInOneTransaction(List.of(message(organization, DatasetId.random(), "a", 1)));

        assertThat(outbox().after(organization, 0, 10)).isEmpty();
        sequenceAll();
        assertThat(feed(organization)).hasSize(1);
    }

    @Test
    void theFeedKeepsTheOrderOfAppendsWithAllTheirFields() {
        OrganizationId organization = newOrganization();
        DatasetId dataset = DatasetId.random();
        EventMessage first = message(organization, dataset, "dev.corpora.dataset.created", 1);
        EventMessage second = message(organization, dataset, "dev.corpora.dataset.updated", 2);
        EventMessage third = message(organization, dataset, "dev.corpora.dataset.deletion_started", 3);
        appendInOneTransaction(List.of(first, second));
        appendInOneTransaction(List.of(third));

        sequenceAll();

        assertThat(feed(organization)).containsExactly(first, second, third);
    }

    @Test
    void positionsGrowAndResumingAfterOneGivesTheRest() {
        OrganizationId organization = newOrganization();
        for (int i = 0; i < 5; i++) {
            appendInOneTransaction(List.of(message(organization, DatasetId.random(), "t" + i, i)));
        }
        sequenceAll();

        List<StoredEvent> firstPage = outbox().after(organization, 0, 2);
        List<StoredEvent> rest = outbox().after(organization, firstPage.get(1).position(), 10);

        assertThat(firstPage).extracting(event -> event.message().type()).containsExactly("t0", "t1");
        assertThat(rest).extracting(event -> event.message().type()).containsExactly("t2", "t3", "t4");
        assertThat(firstPage.get(0).position()).isLessThan(firstPage.get(1).position());
        assertThat(firstPage.get(1).position()).isLessThan(rest.get(0).position());
    }

    @Test
    void anotherOrganizationsEventsAreNotInTheFeed() {
        OrganizationId mine = newOrganization();
        OrganizationId theirs = newOrganization();
        appendInOneTransaction(List.of(message(theirs, DatasetId.random(), "theirs", 1)));
        sequenceAll();

        assertThat(feed(mine)).isEmpty();
        assertThat(feed(theirs)).hasSize(1);
    }

    @Test
    void unsentEventsComeInFeedOrderUntilMarkedSent() {
        OrganizationId organization = newOrganization();
        EventMessage first = message(organization, DatasetId.random(), "first", 1);
        EventMessage second = message(organization, DatasetId.random(), "second", 2);
        appendInOneTransaction(List.of(first, second));
        sequenceAll();

        List<StoredEvent> mine = unsentOf(organization);
        assertThat(mine).extracting(StoredEvent::message).containsExactly(first, second);

        transactions().inTransaction(() -> {
            outbox().markSent(mine.subList(0, 1));
            return null;
        });

        assertThat(unsentOf(organization)).extracting(StoredEvent::message).containsExactly(second);
        assertThat(feed(organization)).containsExactly(first, second);
    }

    private List<StoredEvent> unsentOf(OrganizationId organization) {
        return outbox().unsent(100_000).stream()
                .filter(event -> event.message().organization().equals(organization)).toList();
    }

    @Test
    void theBacklogCountsWhatWaitsAtEachStage() {
        OrganizationId organization = newOrganization();
        sequenceAll();
        OutboxBacklog before = outbox().backlog(true);
        appendInOneTransaction(List.of(message(organization, DatasetId.random(), "late", -3600)));

        OutboxBacklog waiting = outbox().backlog(true);
        assertThat(waiting.unsequenced()).isEqualTo(before.unsequenced() + 1);
        assertThat(waiting.oldestUnsequenced()).isBeforeOrEqualTo(TIME.minusSeconds(3600));

        sequenceAll();
        OutboxBacklog sequenced = outbox().backlog(true);
        assertThat(sequenced.unsequenced()).isZero();
        assertThat(sequenced.oldestUnsequenced()).isNull();
        assertThat(sequenced.unsent()).isGreaterThanOrEqualTo(1);
        assertThat(sequenced.oldestUnsent()).isBeforeOrEqualTo(TIME.minusSeconds(3600));
        OutboxBacklog withoutABroker = outbox().backlog(false);
        assertThat(withoutABroker.unsent()).isZero();
        assertThat(withoutABroker.oldestUnsent()).isNull();
        assertThat(withoutABroker.unsequenced()).isZero();
    }

    @Test
    void timesKeepTheirMicroseconds() {
        OrganizationId organization = newOrganization();
        EventMessage message = message(organization, DatasetId.random(), "precise", 0);
        appendInOneTransaction(List.of(message));
        sequenceAll();

        assertThat(feed(organization).get(0).time()).isEqualTo(TIME.truncatedTo(ChronoUnit.MICROS));
    }

    private static EventMessage oldMessage(OrganizationId organization, String type) {
        return new EventMessage(UUID.randomUUID(), type, organization, DatasetId.random(), LONG_AGO, "{}");
    }

    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private int forget(boolean keepUnsent) {
        return transactions().inTransaction(() -> outbox().takeRelay()
                ? outbox().forget(LONG_AGO.plusSeconds(1), keepUnsent, 100_000) : 0);
    }

    @Test
    void forgettingRemovesTheFeedsEventsBeforeATimeAndRemembersTheLastPlace() {
        OrganizationId organization = newOrganization();
        EventMessage old = oldMessage(organization, "old");
        EventMessage recent = message(organization, DatasetId.random(), "recent", 0);
        appendInOneTransaction(List.of(old, recent));
        sequenceAll();
        long oldPlace = outbox().after(organization, 0, 10).get(0).position();

        assertThat(forget(false)).isGreaterThanOrEqualTo(1);

        assertThat(feed(organization)).containsExactly(recent);
        assertThat(outbox().forgottenThrough()).isGreaterThanOrEqualTo(oldPlace);
    }

    @Test
    void forgettingForABrokerKeepsWhatItHasNotConfirmed() {
        OrganizationId organization = newOrganization();
        EventMessage unsent = oldMessage(organization, "unsent");
        EventMessage sent = oldMessage(organization, "sent");
        appendInOneTransaction(List.of(unsent, sent));
        sequenceAll();
        List<StoredEvent> mine = unsentOf(organization);
        transactions().inTransaction(() -> {
            outbox().markSent(mine.subList(1, 2));
            return null;
        });

        forget(true);

        assertThat(feed(organization)).containsExactly(unsent);
    }

    @Test
    void eventsNotYetInTheFeedAreNeverForgotten() {
        OrganizationId organization = newOrganization();
        EventMessage waiting = oldMessage(organization, "waiting");
        appendInOneTransaction(List.of(waiting));

        forget(false);
        sequenceAll();

        assertThat(feed(organization)).containsExactly(waiting);
    }
}
