package dev.corpora.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetConfigInput;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.NewDataset;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the persistence adapter promises, run against each database Corpora supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatasetsAdapterContract {
    private static final Instant NOW = Instant.parse("2026-11-28T18:06:44.123456Z");
    private TestDatabase database;
    private ApplicationContext context;
    private Datasets datasets;
    private Transactions transactions;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        context = ApplicationContext.builder().properties(database.properties())
                .singletons(Clock.systemUTC()).start();
        datasets = context.getBean(Datasets.class);
        transactions = context.getBean(Transactions.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        Actor actor = actor("org-full");
        DatasetConfigInput config = new DatasetConfigInput(
                Map.of("image", UUID.fromString("c174c32c-0307-5b5d-ae13-108d59bcadbc")),
                Map.of("image", "resnet-50"),
                new DatasetConfigInput.ExtraConfigInput(Map.of("scenes", 30)),
                new DatasetConfigInput.HybridSearchInput(Map.of("image", 0.7, "text", 0.3)),
                true, true, List.of("title", "year"), List.of("title"), Map.of("title", "The asset's title"),
                "asset_key", "s3_export");
        Dataset dataset = Dataset.create(new NewDataset("Full_Set", "resnet-50", "Everything set",
                List.of("image"), "uniform", 2.5, false, true, List.of("title", "year"), List.of("title"),
                config, false), DatasetId.random(), actor, NOW);

        add(dataset);

        assertThat(byId(dataset.id(), actor.organization())).contains(dataset);
    }

    @Test
    void derivedDatasetWithoutOptionalFieldsRoundTrips() {
        Dataset dataset = create("Plain", actor("org-plain"));
        add(dataset);
        assertThat(byId(dataset.id(), dataset.organization())).contains(dataset);
    }

    @Test
    void sameNameInOtherCaseInTheSameOrganizationIsTaken() {
        Actor actor = actor("org-case");
        add(create("Holiday_Photos", actor));

        assertThatThrownBy(() -> add(create("HOLIDAY_photos", actor))).isInstanceOf(DatasetNameTaken.class);
    }

    @Test
    void sameNameInAnotherOrganizationIsAllowed() {
        add(create("Shared_Name", actor("org-a")));
        Dataset other = create("Shared_Name", actor("org-b"));

        add(other);

        assertThat(byId(other.id(), other.organization())).isPresent();
    }

    @Test
    void reusedIdIsTakenEvenInAnotherOrganization() {
        Dataset first = create("First", actor("org-id-1"));
        add(first);
        Dataset sameId = Dataset.create(minimal("Second"), first.id(), actor("org-id-2"), NOW);

        assertThatThrownBy(() -> add(sameId)).isInstanceOf(DatasetIdTaken.class);
    }

    @Test
    void anotherOrganizationDoesNotSeeTheDataset() {
        Dataset dataset = create("Private", actor("org-owner"));
        add(dataset);

        assertThat(byId(dataset.id(), new OrganizationId("org-stranger"))).isEmpty();
    }

    @Test
    void apiClientsKeepOnlyTheSecretHashAndIgnoreASecondRegistration() {
        ApiClients clients = context.getBean(ApiClients.class);
        ApiClient client = new ApiClient("client-" + UUID.randomUUID(), new OrganizationId("org-clients"),
                Set.of(Role.READER, Role.WRITER), SecretHash.of("s3cret"));

        transactions.inTransaction(() -> {
            clients.addIfAbsent(client);
            return null;
        });

        ApiClient stored = transactions.readOnly(() -> clients.byId(client.clientId())).orElseThrow();
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.READER, Role.WRITER);
        assertThat(stored.secret().matches("s3cret")).isTrue();
        assertThat(transactions.readOnly(clients::isEmpty)).isFalse();
    }

    private void add(Dataset dataset) {
        transactions.inTransaction(() -> {
            datasets.add(dataset);
            return null;
        });
    }

    private java.util.Optional<Dataset> byId(DatasetId id, OrganizationId organization) {
        return transactions.readOnly(() -> datasets.byId(id, organization));
    }

    private static Dataset create(String name, Actor actor) {
        return Dataset.create(minimal(name), DatasetId.random(), actor, NOW.truncatedTo(ChronoUnit.MICROS));
    }

    private static NewDataset minimal(String name) {
        return new NewDataset(name, "multimodal", null, null, null, null, null, null, null, null, null, null);
    }

    private static Actor actor(String organization) {
        return new Actor("user-1", new OrganizationId(organization), Set.of(Role.WRITER));
    }
}
