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
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetConfigInput;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.NewDataset;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.domain.error.StateConflict;
import dev.corpora.domain.dataset.Change;
import dev.corpora.domain.dataset.DatasetChanges;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private static final Encoder MULTIMODAL = EncoderCatalog.byName("multimodal").orElseThrow();
    private static final Encoder RESNET_50 = EncoderCatalog.byName("resnet-50").orElseThrow();
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
        Dataset dataset = Dataset.create(new NewDataset("Full_Set", RESNET_50, "Everything set",
                List.of(AssetType.IMAGE), KeyframeSamplingMethod.UNIFORM, 2.5, false, true, List.of("title", "year"),
                List.of("title"), config, false), DatasetId.random(), actor, NOW);

        add(dataset);

        assertThat(byId(dataset.id(), actor.organization())).contains(dataset);
    }

    @Test
    void derivedDatasetWithoutOptionalFieldsRoundTrips() {
        Dataset dataset = create("Plain", actor("org-plain"));
        add(dataset);
        assertThat(byId(dataset.id(), dataset.organization())).contains(dataset);
    }

    /** The columns keep the words they always had: rows written before the domain dropped its wire words still read. */
    @Test
    void storesStatusSamplingMethodAndAssetTypesAsTheirLowerCaseWords() throws SQLException {
        Actor actor = actor("org-words");
        Dataset dataset = Dataset.create(new NewDataset("Worded", MULTIMODAL, null,
                List.of(AssetType.VIDEO, AssetType.IMAGE), KeyframeSamplingMethod.UNIFORM, null, null, null, null,
                null, null, null), DatasetId.random(), actor, NOW);
        add(dataset);
        Dataset inactive = dataset.update(new DatasetChanges(Change.absent(), Change.absent(),
                Change.to(DatasetStatus.INACTIVE), Change.absent(), Change.absent(), Change.absent()), actor,
                NOW.plusSeconds(1));
        inTransaction(() -> datasets.update(inactive, dataset.version()));

        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password());
             PreparedStatement select = connection.prepareStatement(
                     "SELECT status, keyframe_sampling_method, allowed_asset_types FROM datasets WHERE id = ?")) {
            select.setObject(1, dataset.id().value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("status")).isEqualTo("inactive");
                assertThat(row.getString("keyframe_sampling_method")).isEqualTo("uniform");
                assertThat(row.getString("allowed_asset_types")).isEqualTo("video,image");
            }
        }
        assertThat(byId(dataset.id(), actor.organization())).contains(inactive);
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

    @Test
    void updateStoresTheNextStateOnlyFromTheVersionThatWasRead() {
        Actor actor = actor("org-update");
        Dataset dataset = create("Before", actor);
        add(dataset);
        Dataset renamed = dataset.update(rename("After"), actor, NOW.plusSeconds(1));

        inTransaction(() -> datasets.update(renamed, dataset.version()));

        assertThat(byId(dataset.id(), actor.organization())).contains(renamed);
        Dataset again = renamed.update(rename("Again"), actor, NOW.plusSeconds(2));
        assertThatThrownBy(() -> inTransaction(() -> datasets.update(again, dataset.version())))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void renameToATakenNameInAnyCaseIsTaken() {
        Actor actor = actor("org-rename");
        add(create("Existing", actor));
        Dataset other = create("Other", actor);
        add(other);
        Dataset renamed = other.update(rename("EXISTING"), actor, NOW.plusSeconds(1));

        assertThatThrownBy(() -> inTransaction(() -> datasets.update(renamed, other.version())))
                .isInstanceOf(DatasetNameTaken.class);
    }

    @Test
    void aDatasetBeingDeletedFreesItsNameAtOnce() {
        Actor actor = actor("org-free");
        Dataset first = create("Reused", actor);
        add(first);
        inTransaction(() -> datasets.update(first.markDeleting(actor), first.version()));

        Dataset second = create("reused", actor);
        add(second);

        assertThat(byId(second.id(), actor.organization())).isPresent();
    }

    @Test
    void pageFiltersOrdersOldestFirstAndCountsTheTotal() {
        Actor actor = actor("org-page");
        add(createAt("Cat_one", List.of(AssetType.IMAGE), actor, 0));
        add(createAt("CatXone", List.of(AssetType.IMAGE), actor, 1));
        add(createAt("dog_100", List.of(AssetType.VIDEO), actor, 2));
        Dataset deleting = createAt("catalog", null, actor, 3);
        add(deleting);
        inTransaction(() -> datasets.update(deleting.markDeleting(actor), deleting.version()));
        add(createAt("Cat_one", null, actor("org-elsewhere"), 0));

        assertThat(names(page(actor, query().build()))).containsExactly("Cat_one", "CatXone", "dog_100", "catalog");
        assertThat(names(page(actor, query().namePattern("CAT").build())))
                .containsExactly("Cat_one", "CatXone", "catalog");
        assertThat(names(page(actor, query().namePattern("cat_one").build()))).containsExactly("Cat_one");
        assertThat(names(page(actor, query().namePattern("cat?one").build()))).containsExactly("Cat_one", "CatXone");
        assertThat(names(page(actor, query().namePattern("%").build()))).isEmpty();
        assertThat(names(page(actor, query().namePattern("d*0").build()))).containsExactly("dog_100");
        assertThat(names(page(actor, query().assetTypes(AssetType.VIDEO).build())))
                .containsExactly("dog_100", "catalog");
        assertThat(names(page(actor, query().statuses(DatasetStatus.DELETING).build()))).containsExactly("catalog");
        assertThat(names(page(actor, query().statuses(DatasetStatus.ACTIVE, DatasetStatus.DELETING).build())))
                .containsExactly("Cat_one", "CatXone", "dog_100", "catalog");
        assertThat(names(page(actor, query().createdAfter(NOW.plusSeconds(1)).build())))
                .containsExactly("dog_100", "catalog");
        DatasetPage second = page(actor, query().skip(1).limit(2).build());
        assertThat(names(second)).containsExactly("CatXone", "dog_100");
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void pageFiltersBySamplingMethod() {
        Actor actor = actor("org-sampling");
        Dataset uniform = Dataset.create(new NewDataset("Uniform", MULTIMODAL, null, null,
                KeyframeSamplingMethod.UNIFORM, null, null, null, null, null, null, null), DatasetId.random(), actor,
                NOW);
        add(uniform);
        add(createAt("Intelligent", null, actor, 1));

        assertThat(names(page(actor, query().samplingMethod(KeyframeSamplingMethod.UNIFORM).build())))
                .containsExactly("Uniform");
        assertThat(names(page(actor, query().samplingMethod(KeyframeSamplingMethod.INTELLIGENT).build())))
                .containsExactly("Intelligent");
    }

    @Test
    void claimingDeletionsSkipsRowsAnotherTransactionHolds() throws Exception {
        Actor actor = actor("org-claim");
        Dataset dataset = create("Claimed", actor);
        add(dataset);
        inTransaction(() -> datasets.update(dataset.markDeleting(actor), dataset.version()));
        java.util.concurrent.CountDownLatch claimed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<List<Dataset>> holder = other.submit(() -> transactions.inTransaction(() -> {
                List<Dataset> mine = datasets.claimDeleting(1000);
                claimed.countDown();
                await(release);
                return mine;
            }));
            claimed.await();
            List<Dataset> whileHeld = transactions.inTransaction(() -> datasets.claimDeleting(1000));
            release.countDown();

            assertThat(holder.get()).extracting(Dataset::id).contains(dataset.id());
            assertThat(whileHeld).extracting(Dataset::id).doesNotContain(dataset.id());
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DatasetPage page(Actor actor, DatasetQuery query) {
        return transactions.readOnly(() -> datasets.page(actor.organization(), query));
    }

    private static List<String> names(DatasetPage page) {
        return page.datasets().stream().map(d -> d.name().value()).toList();
    }

    private static QueryBuilder query() {
        return new QueryBuilder();
    }

    private static DatasetChanges rename(String name) {
        return new DatasetChanges(Change.to(name), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent());
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
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

    private static Dataset createAt(String name, List<AssetType> assetTypes, Actor actor, int secondsLater) {
        return Dataset.create(new NewDataset(name, MULTIMODAL, null, assetTypes, null, null, null, null, null, null,
                null, null), DatasetId.random(), actor, NOW.plusSeconds(secondsLater));
    }

    private static Dataset create(String name, Actor actor) {
        return Dataset.create(minimal(name), DatasetId.random(), actor, NOW.truncatedTo(ChronoUnit.MICROS));
    }

    private static NewDataset minimal(String name) {
        return new NewDataset(name, MULTIMODAL, null, null, null, null, null, null, null, null, null, null);
    }

    private static Actor actor(String organization) {
        return new Actor("user-1", new OrganizationId(organization), Set.of(Role.WRITER));
    }
}
