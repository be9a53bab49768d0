package dev.corpora.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.DatasetsContract;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Change;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetChanges;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetQueries;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.NewDataset;
import dev.corpora.domain.encoder.EncoderCatalog;
import dev.corpora.persistence.testing.AdapterContext;
import dev.corpora.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The port's contract ({@link DatasetsContract}) on each database Corpora supports, and what only a database
 * adds: the stored words, row locks between transactions, the API clients' table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatasetsAdapterContract extends DatasetsContract {
    private AdapterContext adapter;
    private Datasets datasets;
    private Transactions transactions;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        adapter = AdapterContext.on(database());
        datasets = adapter.bean(Datasets.class);
        transactions = adapter.bean(Transactions.class);
    }

    @AfterAll
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
    }

    @Override
    protected Datasets datasets() {
        return datasets;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    /** The columns keep the words they always had: rows written before the domain dropped its wire words still read. */
    @Test
    void storesStatusSamplingMethodAndAssetTypesAsTheirLowerCaseWords() throws SQLException {
        Actor actor = actor("org-words");
        Dataset dataset = add(Dataset.create(new NewDataset("Worded", EncoderCatalog.byName("multimodal").orElseThrow(),
                null, List.of(AssetType.VIDEO, AssetType.IMAGE), KeyframeSamplingMethod.UNIFORM, null, null, null,
                null, null, null, null), DatasetId.random(), actor, NOW).dataset());
        Dataset inactive = change(dataset, held -> held.update(new DatasetChanges(Change.absent(), Change.absent(),
                Change.to(DatasetStatus.INACTIVE), Change.absent(), Change.absent(), Change.absent()), actor,
                NOW.plusSeconds(1)).dataset());

        try (Connection connection = connect();
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
        assertThat(byId(dataset)).contains(inactive);
    }

    /** Rows written straight into the table, as an operator or a bulk load would, are counted all the same. */
    @Test
    void totalsCountRowsWrittenWithoutCorpora() throws SQLException {
        Actor actor = actor("org-bulk");
        Dataset template = add(create("template", actor));
        try (Connection connection = connect();
             PreparedStatement copy = connection.prepareStatement("INSERT INTO datasets (id, organization_id, "
                     + "name, name_key, description, status, encoder_name, allowed_asset_types, "
                     + "keyframe_sampling_method, "
                     + "keyframe_fps, store_original, store_preview, metadata_fields_to_index, "
                     + "metadata_fields_to_embed, dataset_config, celebrity_detection_enabled, context_studio_enabled, "
                     + "new_video_data_model, add_to_permit, created_dt, created_by, updated_dt, updated_by, "
                     + "deleted_dt, deleted_by, version, allows_image, allows_video) "
                     + "SELECT ?, organization_id, "
                     + "?, ?, description, 'inactive', encoder_name, allowed_asset_types, keyframe_sampling_method, "
                     + "keyframe_fps, store_original, store_preview, metadata_fields_to_index, "
                     + "metadata_fields_to_embed, dataset_config, celebrity_detection_enabled, context_studio_enabled, "
                     + "new_video_data_model, add_to_permit, created_dt, created_by, updated_dt, updated_by, "
                     + "deleted_dt, deleted_by, version, allows_image, allows_video FROM datasets WHERE id = ?")) {
            for (int i = 0; i < 3; i++) {
                copy.setObject(1, UUID.randomUUID());
                copy.setString(2, "copy_" + i);
                copy.setString(3, "copy_" + i);
                copy.setObject(4, template.id().value());
                copy.executeUpdate();
            }
        }

        assertThat(datasets.page(actor.organization(), DatasetQueries.noFilters().build())
                .total()).isEqualTo(4);
        assertThat(datasets.page(actor.organization(), DatasetQueries.noFilters()
                .withStatuses(DatasetStatus.INACTIVE).build()).total()).isEqualTo(3);
    }

    @Test
    void apiClientsKeepOnlyTheSecretHashAndIgnoreASecondRegistration() {
        ApiClients clients = adapter.bean(ApiClients.class);
        ApiClient client = new ApiClient("client-" + UUID.randomUUID(), new OrganizationId("org-clients"),
                Set.of(Role.READER, Role.WRITER), SecretHash.of("s3cret"));

        transactions.inTransaction(() -> {
            clients.addIfAbsent(client);
            return null;
        });
        clients.addIfAbsent(new ApiClient(client.clientId(), new OrganizationId("org-other"), Set.of(Role.ADMIN),
                SecretHash.of("other")));

        ApiClient stored = clients.byId(client.clientId()).orElseThrow();
        assertThat(stored.organization()).isEqualTo(new OrganizationId("org-clients"));
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.READER, Role.WRITER);
        assertThat(stored.secret().matches("s3cret")).isTrue();
        assertThat(clients.isEmpty()).isFalse();

        clients.replaceSecret(client.clientId(), SecretHash.of("n3w"));
        ApiClient renewed = clients.byId(client.clientId()).orElseThrow();
        assertThat(renewed.secret().matches("n3w")).isTrue();
        assertThat(renewed.roles()).isEqualTo(stored.roles());
    }

    @Test
    void claimingDeletionsSkipsRowsAnotherTransactionHolds() throws Exception {
        Actor actor = actor("org-claim");
        Dataset dataset = add(create("Claimed", actor));
        change(dataset, held -> held.markDeleting(actor, NOW).dataset());
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<List<Dataset>> holder = other.submit(() -> transactions.inTransaction(() -> {
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

    /** A second writer of the same dataset waits for the first to finish and then reads what it stored. */
    @Test
    void aHeldDatasetMakesTheNextWriterWaitAndSeeTheChange() throws Exception {
        Actor actor = actor("org-lock");
        Dataset dataset = add(create("Locked", actor));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Dataset> first = other.submit(() -> transactions.inTransaction(() -> {
                Dataset mine = datasets.byIdForUpdate(dataset.id(), actor.organization()).orElseThrow();
                held.countDown();
                await(release);
                Dataset renamed = mine.update(rename("First"), actor, NOW.plusSeconds(1)).dataset();
                datasets.update(renamed);
                return renamed;
            }));
            held.await();
            Future<Dataset> second = Executors.newSingleThreadExecutor().submit(() -> change(dataset,
                    mine -> mine.update(rename(mine.name().value() + "_then_second"), actor, NOW.plusSeconds(2)).dataset()));
            Thread.sleep(200);
            assertThat(second).isNotDone();
            release.countDown();

            assertThat(first.get().version()).isEqualTo(dataset.version() + 1);
            assertThat(second.get().name().value()).isEqualTo("First_then_second");
            assertThat(second.get().version()).isEqualTo(dataset.version() + 2);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    protected Connection connect() throws SQLException {
        TestDatabase database = adapter.database();
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
