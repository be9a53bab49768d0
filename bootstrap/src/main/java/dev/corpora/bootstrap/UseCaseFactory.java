package dev.corpora.bootstrap;

import dev.corpora.application.access.AccessTokens;
import dev.corpora.application.access.AdmitRequest;
import dev.corpora.application.access.LogIn;
import dev.corpora.application.access.LoginAttempts;
import dev.corpora.application.access.RegisterBootstrapClient;
import dev.corpora.application.access.RequestAllowances;
import dev.corpora.application.dataset.CompleteDeletions;
import dev.corpora.application.dataset.CreateDataset;
import dev.corpora.application.dataset.DeleteDataset;
import dev.corpora.application.dataset.DeletionsStarted;
import dev.corpora.application.dataset.ListDatasets;
import dev.corpora.application.dataset.UpdateDataset;
import dev.corpora.application.dataset.GetDataset;
import dev.corpora.application.encoder.ListEncoders;
import dev.corpora.application.event.EventMessages;
import dev.corpora.application.event.EventPublisher;
import dev.corpora.application.event.EventRecorder;
import dev.corpora.application.event.ForgetOldEvents;
import dev.corpora.application.event.Outbox;
import dev.corpora.application.event.PublishEvents;
import dev.corpora.application.event.ReadEvents;
import dev.corpora.application.event.SequenceEvents;
import dev.corpora.application.health.CheckHealth;
import dev.corpora.application.health.StorageProbe;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.bootstrap.tracing.UseCaseSpan;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.dataset.Datasets;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes the framework-free use cases beans, handing each the ports it needs. Those that answer a request run in a
 * span of their own when requests are traced ({@link UseCaseSpan}); the admission, which every request passes, the
 * health check and the deletion worker's do not.
 */
@Factory
class UseCaseFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @UseCaseSpan
    CreateDataset createDataset(Datasets datasets, Transactions transactions, EventRecorder events, Clock clock) {
        return new CreateDataset(datasets, transactions, events, clock);
    }

    @Singleton
    @UseCaseSpan
    GetDataset getDataset(Datasets datasets) {
        return new GetDataset(datasets);
    }

    @Singleton
    @UseCaseSpan
    ListDatasets listDatasets(Datasets datasets) {
        return new ListDatasets(datasets);
    }

    @Singleton
    @UseCaseSpan
    UpdateDataset updateDataset(Datasets datasets, Transactions transactions, EventRecorder events, Clock clock) {
        return new UpdateDataset(datasets, transactions, events, clock);
    }

    @Singleton
    @UseCaseSpan
    DeleteDataset deleteDataset(Datasets datasets, Transactions transactions, EventRecorder events,
                                DeletionsStarted deletionsStarted, Clock clock) {
        return new DeleteDataset(datasets, transactions, events, deletionsStarted, clock);
    }

    @Singleton
    CompleteDeletions completeDeletions(Datasets datasets, Transactions transactions, EventRecorder events,
                                        Clock clock) {
        return new CompleteDeletions(datasets, transactions, events, clock);
    }

    @Singleton
    EventRecorder eventRecorder(Outbox outbox, EventMessages messages) {
        return new EventRecorder(outbox, messages);
    }

    @Singleton
    SequenceEvents sequenceEvents(Outbox outbox, Transactions transactions) {
        return new SequenceEvents(outbox, transactions);
    }

    /** Only with a broker: without one, events are read from the feed. */
    @Singleton
    @Requires(beans = EventPublisher.class)
    PublishEvents publishEvents(Outbox outbox, Transactions transactions, EventPublisher publisher) {
        return new PublishEvents(outbox, transactions, publisher);
    }

    /** With a broker, an event stays until the broker has confirmed it, however old. */
    @Singleton
    ForgetOldEvents forgetOldEvents(Outbox outbox, Transactions transactions, Clock clock,
                                    @Value("${corpora.events.retention}") Duration retention,
                                    Optional<EventPublisher> publisher) {
        return new ForgetOldEvents(outbox, transactions, clock, retention, publisher.isPresent());
    }

    @Singleton
    @UseCaseSpan
    ReadEvents readEvents(Outbox outbox) {
        return new ReadEvents(outbox);
    }

    @Singleton
    AdmitRequest admitRequest(RequestAllowances allowances) {
        return new AdmitRequest(allowances);
    }

    @Singleton
    CheckHealth checkHealth(StorageProbe storage, Clock clock) {
        return new CheckHealth(storage, clock);
    }

    @Singleton
    @UseCaseSpan
    ListEncoders listEncoders() {
        return new ListEncoders();
    }

    @Singleton
    @UseCaseSpan
    LogIn logIn(ApiClients clients, AccessTokens tokens, LoginAttempts attempts) {
        return new LogIn(clients, tokens, attempts);
    }

    @Singleton
    RegisterBootstrapClient registerBootstrapClient(ApiClients clients, Transactions transactions) {
        return new RegisterBootstrapClient(clients, transactions);
    }
}
