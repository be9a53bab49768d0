package dev.corpora.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.Actors;
import dev.corpora.application.DirectTransactions;
import dev.corpora.application.InMemoryOutbox;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.error.EventsForgotten;
import dev.corpora.domain.error.Forbidden;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The relay's two steps and the feed, over the in-memory outbox. */
class RelayTest {
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final DirectTransactions transactions = new DirectTransactions();
    private final List<EventMessage> broker = new ArrayList<>();
    private final SequenceEvents sequenceEvents = new SequenceEvents(outbox, transactions);
    private final PublishEvents publishEvents = new PublishEvents(outbox, transactions, broker::addAll);
    private final ReadEvents readEvents = new ReadEvents(outbox);

    private List<EventMessage> append(int count, OrganizationId organization) {
        List<EventMessage> messages = IntStream.range(0, count).mapToObj(i -> new EventMessage(UUID.randomUUID(),
                "t" + i, organization, DatasetId.random(), Instant.EPOCH.plusSeconds(i), "{}")).toList();
        outbox.append(messages);
        return messages;
    }

    @Test
    void sequencingGoesOnInBatchesUntilEveryEventHasItsPlace() {
        append(SequenceEvents.BATCH * 2 + 3, Actors.ACME);

        assertThat(sequenceEvents.handle()).isEqualTo(SequenceEvents.BATCH * 2 + 3);
        assertThat(outbox.backlog(true).unsequenced()).isZero();
    }

    @Test
    void publishingHandsEveryFeedEventToTheBrokerInOrderOnce() {
        List<EventMessage> appended = append(PublishEvents.BATCH + 1, Actors.ACME);
        sequenceEvents.handle();

        assertThat(publishEvents.handle()).isEqualTo(PublishEvents.BATCH + 1);
        assertThat(publishEvents.handle()).isZero();
        assertThat(broker).containsExactlyElementsOf(appended);
    }

    @Test
    void aBrokerFailureLeavesTheBatchUnsentForTheNextTry() {
        append(3, Actors.ACME);
        sequenceEvents.handle();
        PublishEvents failing = new PublishEvents(outbox, transactions, events -> {
            throw new IllegalStateException("broker down");
        });

        assertThatThrownBy(failing::handle).hasMessage("broker down");
        assertThat(outbox.backlog(true).unsent()).isEqualTo(3);
        assertThat(publishEvents.handle()).isEqualTo(3);
    }

    @Test
    void theFeedPagesWithItsCursorAndAnEmptyPageKeepsIt() {
        List<EventMessage> appended = append(5, Actors.ACME);
        sequenceEvents.handle();

        EventFeedPage first = readEvents.handle(0, 2, Actors.reader());
        EventFeedPage second = readEvents.handle(first.next(), 10, Actors.reader());
        EventFeedPage end = readEvents.handle(second.next(), 10, Actors.reader());

        assertThat(first.events()).containsExactlyElementsOf(appended.subList(0, 2));
        assertThat(second.events()).containsExactlyElementsOf(appended.subList(2, 5));
        assertThat(end.events()).isEmpty();
        assertThat(end.next()).isEqualTo(second.next());
    }

    @Test
    void theFeedShowsOnlyTheCallersOrganization() {
        append(2, new OrganizationId("someone-else"));
        sequenceEvents.handle();

        assertThat(readEvents.handle(0, 10, Actors.reader()).events()).isEmpty();
    }

    @Test
    void readingTheFeedNeedsARole() {
        assertThatThrownBy(() -> readEvents.handle(0, 10, Actors.nobody())).isInstanceOf(Forbidden.class);
    }

    @Test
    void eventsOlderThanTheRetentionAreForgottenAndAReaderBehindThemIsToldSo() {
        List<EventMessage> appended = append(3, Actors.ACME);
        sequenceEvents.handle();
        EventFeedPage first = readEvents.handle(0, 1, Actors.reader());
        Clock later = Clock.fixed(Instant.EPOCH.plusSeconds(3), ZoneOffset.UTC);

        int forgotten = new ForgetOldEvents(outbox, transactions, later, Duration.ofSeconds(1), false).handle();

        assertThat(forgotten).as("the two events more than a second old").isEqualTo(2);
        assertThatThrownBy(() -> readEvents.handle(first.next(), 10, Actors.reader()))
                .isInstanceOf(EventsForgotten.class);
        assertThat(readEvents.handle(first.next() + 1, 10, Actors.reader()).events())
                .containsExactly(appended.get(2));
        assertThat(readEvents.handle(0, 10, Actors.reader()).events()).containsExactly(appended.get(2));
    }

    @Test
    void withABrokerAnUnsentEventStaysHoweverOld() {
        append(2, Actors.ACME);
        sequenceEvents.handle();
        Clock muchLater = Clock.fixed(Instant.EPOCH.plus(Duration.ofDays(30)), ZoneOffset.UTC);

        assertThat(new ForgetOldEvents(outbox, transactions, muchLater, Duration.ofDays(7), true).handle()).isZero();
        publishEvents.handle();
        assertThat(new ForgetOldEvents(outbox, transactions, muchLater, Duration.ofDays(7), true).handle())
                .isEqualTo(2);
    }
}
