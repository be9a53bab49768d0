package dev.corpora.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.OutboxContract;
import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.Outbox;
import dev.corpora.application.event.StoredEvent;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.persistence.testing.AdapterContext;
import dev.corpora.persistence.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The port's contract ({@link OutboxContract}) on each database Corpora supports, and what only a database adds:
 * rollbacks, the relay's lock between transactions, and positions in commit order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxAdapterContract extends OutboxContract {
    private AdapterContext adapter;
    private Outbox outbox;
    private Transactions transactions;
    private ExecutorService other;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        adapter = AdapterContext.on(database());
        outbox = adapter.bean(Outbox.class);
        transactions = adapter.bean(Transactions.class);
    }

    @AfterAll
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
    }

    @BeforeEach
    void startOtherThread() {
        other = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopOtherThread() {
        other.shutdownNow();
    }

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Test
    void eventsOfATransactionThatRollsBackDoNotExist() {
        OrganizationId organization = newOrganization();
        long waitingBefore = outbox.backlog(false).unsequenced();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.append(List.of(message(organization, DatasetId.random(), "rolled.back", 1)));
            throw new IllegalStateException("the change failed after its events were appended");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.backlog(false).unsequenced()).isEqualTo(waitingBefore);
        sequenceAll();
        assertThat(outbox.after(organization, 0, 10)).isEmpty();
    }

    @Test
    void whileOneTransactionHoldsTheRelayNoOtherGetsIt() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Boolean> holder = inOtherTransaction(() -> {
            boolean mine = outbox.takeRelay();
            taken.countDown();
            release.await();
            return mine;
        });
        assertThat(taken.await(1, TimeUnit.MINUTES)).isTrue();

        boolean whileHeld = transactions.inTransaction(outbox::takeRelay);
        release.countDown();

        assertThat(holder.get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(whileHeld).isFalse();
        assertThat(transactions.inTransaction(outbox::takeRelay)).isTrue();
    }

    /** A reader that resumed after the later transaction's event still finds the earlier one, once it commits. */
    @Test
    void anEventCommittedLaterIsPlacedLaterThoughAppendedFirst() throws Exception {
        OrganizationId organization = newOrganization();
        EventMessage appendedFirst = message(organization, DatasetId.random(), "appended.first", 1);
        EventMessage committedFirst = message(organization, DatasetId.random(), "committed.first", 2);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<Object> slow = inOtherTransaction(() -> {
            outbox.append(List.of(appendedFirst));
            appended.countDown();
            commit.await();
            return null;
        });
        assertThat(appended.await(1, TimeUnit.MINUTES)).isTrue();
        transactions.inTransaction(() -> {
            outbox.append(List.of(committedFirst));
            return null;
        });

        sequenceAll();
        List<StoredEvent> read = outbox.after(organization, 0, 10);
        commit.countDown();
        slow.get(1, TimeUnit.MINUTES);
        sequenceAll();

        assertThat(read).extracting(StoredEvent::message).containsExactly(committedFirst);
        List<StoredEvent> resumed = outbox.after(organization, read.get(0).position(), 10);
        assertThat(resumed).extracting(StoredEvent::message).containsExactly(appendedFirst);
        assertThat(resumed.get(0).position()).isGreaterThan(read.get(0).position());
    }

    @Test
    void whatOneRelayMarkedSentTheNextDoesNotSendAgain() throws Exception {
        OrganizationId organization = newOrganization();
        transactions.inTransaction(() -> {
            outbox.append(List.of(message(organization, DatasetId.random(), "sent.once", 1),
                    message(organization, DatasetId.random(), "sent.once", 2)));
            return null;
        });
        sequenceAll();

        List<StoredEvent> sentByFirst = transactions.inTransaction(() -> {
            assertThat(outbox.takeRelay()).isTrue();
            List<StoredEvent> mine = unsentOf(organization);
            outbox.markSent(mine);
            return mine;
        });
        List<StoredEvent> leftForNext = inOtherTransaction(() -> {
            assertThat(outbox.takeRelay()).isTrue();
            return unsentOf(organization);
        }).get(1, TimeUnit.MINUTES);

        assertThat(sentByFirst).hasSize(2);
        assertThat(leftForNext).isEmpty();
    }

    private List<StoredEvent> unsentOf(OrganizationId organization) {
        return outbox.unsent(100_000).stream()
                .filter(event -> event.message().organization().equals(organization)).toList();
    }

    private void sequenceAll() {
        int placed;
        do {
            placed = transactions.inTransaction(() -> outbox.takeRelay() ? outbox.sequence(1000) : 0);
        } while (placed == 1000);
    }

    private <T> Future<T> inOtherTransaction(Callable<T> work) {
        return other.submit(() -> transactions.inTransaction(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static OrganizationId newOrganization() {
        return new OrganizationId("outbox-adapter-" + UUID.randomUUID());
    }
}
