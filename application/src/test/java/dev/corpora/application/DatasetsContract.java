package dev.corpora.application;

import static dev.corpora.domain.dataset.DatasetQueries.noFilters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.AssetType;
import dev.corpora.domain.dataset.Change;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetChanges;
import dev.corpora.domain.dataset.DatasetConfigInput;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQueries;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.dataset.KeyframeSamplingMethod;
import dev.corpora.domain.dataset.NewDataset;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Datasets} promises, run against the SQL adapter on each database and against
 * {@link InMemoryDatasets}, so the fake the use-case tests rely on cannot drift from SQL. Every test works in an
 * organization of its own: an implementation may keep what earlier tests stored.
 */
public abstract class DatasetsContract {
    protected static final Instant NOW = Instant.parse("2026-11-28T18:06:44.123456Z");
    private static final Encoder MULTIMODAL = EncoderCatalog.byName("multimodal").orElseThrow();
    private static final Encoder RESNET_50 = EncoderCatalog.byName("resnet-50").orElseThrow();

    protected abstract Datasets datasets();

    protected abstract Transactions transactions();

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
                List.of("title"), config, false), DatasetId.random(), actor, NOW).dataset();

        datasets().add(dataset);

        assertThat(datasets().byId(dataset.id(), actor.organization())).contains(dataset);
    }

    @Test
    void derivedDatasetWithoutOptionalFieldsRoundTrips() {
        Dataset dataset = add(create("Plain", actor("org-plain")));

        assertThat(datasets().byId(dataset.id(), dataset.organization())).contains(dataset);
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
        Dataset other = add(create("Shared_Name", actor("org-b")));

        assertThat(datasets().byId(other.id(), other.organization())).isPresent();
    }

    @Test
    void reusedIdIsTakenEvenInAnotherOrganization() {
        Dataset first = add(create("First", actor("org-id-1")));
        Dataset sameId = Dataset.create(minimal("Second"), first.id(), actor("org-id-2"), NOW).dataset();

        assertThatThrownBy(() -> add(sameId)).isInstanceOf(DatasetIdTaken.class);
    }

    @Test
    void anotherOrganizationDoesNotSeeTheDataset() {
        Dataset dataset = add(create("Private", actor("org-owner")));

        assertThat(datasets().byId(dataset.id(), new OrganizationId("org-stranger"))).isEmpty();
        assertThat(transactions().inTransaction(
                () -> datasets().byIdForUpdate(dataset.id(), new OrganizationId("org-stranger")))).isEmpty();
    }

    @Test
    void updateStoresTheNextStateOfTheHeldDataset() {
        Actor actor = actor("org-update");
        Dataset dataset = add(create("Before", actor));

        Dataset renamed = change(dataset, held -> held.update(rename("After"), actor, NOW.plusSeconds(1)).dataset());

        assertThat(datasets().byId(dataset.id(), actor.organization())).contains(renamed);
    }

    @Test
    void renameToATakenNameInAnyCaseIsTakenAndChangesNothing() {
        Actor actor = actor("org-rename");
        add(create("Existing", actor));
        Dataset other = add(create("Other", actor));

        assertThatThrownBy(() -> change(other, held -> held.update(rename("EXISTING"), actor, NOW.plusSeconds(1)).dataset()))
                .isInstanceOf(DatasetNameTaken.class);
        assertThat(datasets().byId(other.id(), actor.organization())).contains(other);
    }

    @Test
    void aDatasetBeingDeletedFreesItsNameAtOnce() {
        Actor actor = actor("org-free");
        Dataset first = add(create("Reused", actor));
        change(first, held -> held.markDeleting(actor, NOW).dataset());

        Dataset second = add(create("reused", actor));

        assertThat(datasets().byId(second.id(), actor.organization())).isPresent();
    }

    @Test
    void pageFiltersOrdersOldestFirstAndCountsTheTotal() {
        Actor actor = actor("org-page");
        add(createAt("Cat_one", List.of(AssetType.IMAGE), actor, 0));
        add(createAt("CatXone", List.of(AssetType.IMAGE), actor, 1));
        add(createAt("dog_100", List.of(AssetType.VIDEO), actor, 2));
        Dataset deleting = add(createAt("catalog", null, actor, 3));
        change(deleting, held -> held.markDeleting(actor, NOW).dataset());
        add(createAt("Cat_one", null, actor("org-elsewhere"), 0));

        assertThat(names(page(actor, noFilters()))).containsExactly("Cat_one", "CatXone", "dog_100", "catalog");
        assertThat(names(page(actor, noFilters().withNamePattern("CAT"))))
                .containsExactly("Cat_one", "CatXone", "catalog");
        assertThat(names(page(actor, noFilters().withNamePattern("cat_one")))).containsExactly("Cat_one");
        assertThat(names(page(actor, noFilters().withNamePattern("cat?one")))).containsExactly("Cat_one", "CatXone");
        assertThat(names(page(actor, noFilters().withNamePattern("%")))).isEmpty();
        assertThat(names(page(actor, noFilters().withNamePattern("d*0")))).containsExactly("dog_100");
        assertThat(names(page(actor, noFilters().withAssetTypes(AssetType.VIDEO))))
                .containsExactly("dog_100", "catalog");
        assertThat(names(page(actor, noFilters().withStatuses(DatasetStatus.DELETING)))).containsExactly("catalog");
        assertThat(names(page(actor, noFilters().withStatuses(DatasetStatus.ACTIVE, DatasetStatus.DELETING))))
                .containsExactly("Cat_one", "CatXone", "dog_100", "catalog");
        assertThat(names(page(actor, noFilters().createdBetween(NOW.plusSeconds(1), null))))
                .containsExactly("dog_100", "catalog");
        DatasetPage second = page(actor, noFilters().withSkip(1).withLimit(2));
        assertThat(names(second)).containsExactly("CatXone", "dog_100");
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void pageFiltersBySamplingMethod() {
        Actor actor = actor("org-sampling");
        add(Dataset.create(new NewDataset("Uniform", MULTIMODAL, null, null, KeyframeSamplingMethod.UNIFORM, null,
                null, null, null, null, null, null), DatasetId.random(), actor, NOW).dataset());
        add(createAt("Intelligent", null, actor, 1));

        assertThat(names(page(actor, noFilters().withSamplingMethod(KeyframeSamplingMethod.UNIFORM))))
                .containsExactly("Uniform");
        assertThat(names(page(actor, noFilters().withSamplingMethod(KeyframeSamplingMethod.INTELLIGENT))))
                .containsExactly("Intelligent");
    }

    /** The total is exact whichever way it is found: with or without filters, through every change of status. */
    @Test
    void totalsFollowEveryChangeOfStatus() {
        Actor actor = actor("org-totals");
        Dataset first = add(createAt("first", null, actor, 0));
        Dataset second = add(createAt("second", null, actor, 1));
        add(createAt("third", null, actor, 2));
        add(createAt("elsewhere", null, actor("org-totals-other"), 0));
        change(first, held -> held.update(new DatasetChanges(Change.absent(), Change.absent(),
                Change.to(DatasetStatus.INACTIVE), Change.absent(), Change.absent(), Change.absent()), actor,
                NOW.plusSeconds(5)).dataset());
        change(second, held -> held.markDeleting(actor, NOW).dataset());
        assertThat(total(actor, noFilters())).isEqualTo(3);
        assertThat(total(actor, noFilters().withStatuses(DatasetStatus.ACTIVE))).isEqualTo(1);
        assertThat(total(actor, noFilters().withStatuses(DatasetStatus.INACTIVE, DatasetStatus.DELETING)))
                .isEqualTo(2);

        finishDeletions();

        assertThat(total(actor, noFilters())).isEqualTo(2);
        assertThat(total(actor, noFilters().includingDeleted(true))).isEqualTo(3);
        assertThat(total(actor, noFilters().withStatuses(DatasetStatus.DELETED))).isZero();
        assertThat(total(actor, noFilters().withStatuses(DatasetStatus.DELETED).includingDeleted(true)))
                .isEqualTo(1);
        assertThat(total(actor, noFilters().withNamePattern("*ir*"))).isEqualTo(2);
        assertThat(total(actor, noFilters().withNamePattern("s*"))).isZero();
        assertThat(total(actor, noFilters().withNamePattern("s*").includingDeleted(true))).isEqualTo(1);
        assertThat(total(new Actor("user-1", new OrganizationId("org-totals-nobody"), Set.of(Role.READER)),
                noFilters())).isZero();
    }

    @Test
    void pageBeyondTheLastKeepsTheTotal() {
        Actor actor = actor("org-beyond");
        add(createAt("only", null, actor, 0));

        DatasetPage beyond = page(actor, noFilters().withSkip(5).withLimit(10));

        assertThat(beyond.datasets()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
        assertThat(page(actor, noFilters().withNamePattern("zzz")).total()).isZero();
    }

    @Test
    void deepSkipReadsTheRightPage() {
        Actor actor = actor("org-skip");
        for (int i = 0; i < 30; i++) {
            add(createAt("set_" + i, null, actor, i));
        }

        DatasetPage page = page(actor, noFilters().withSkip(25).withLimit(10));

        assertThat(names(page)).containsExactly("set_25", "set_26", "set_27", "set_28", "set_29");
        assertThat(page.total()).isEqualTo(30);
    }

    @Test
    void claimsOnlyDatasetsBeingDeletedUpToTheMaximum() {
        Actor actor = actor("org-claims");
        add(create("active_one", actor));
        for (int i = 0; i < 3; i++) {
            Dataset dataset = add(create("deleting_" + i, actor));
            change(dataset, held -> held.markDeleting(actor, NOW).dataset());
        }

        List<Dataset> two = transactions().inTransaction(() -> datasets().claimDeleting(2));
        List<Dataset> all = transactions().inTransaction(() -> datasets().claimDeleting(1000));

        assertThat(two).hasSize(2).allSatisfy(d -> assertThat(d.status()).isEqualTo(DatasetStatus.DELETING));
        assertThat(all).filteredOn(d -> d.organization().equals(actor.organization())).hasSize(3);
    }

    @Test
    void countsTheDatasetsBeingDeletedUntilTheirDeletionIsFinished() {
        Actor actor = actor("org-backlog");
        long before = datasets().countDeleting();
        add(create("staying", actor));
        for (int i = 0; i < 2; i++) {
            Dataset dataset = add(create("leaving_" + i, actor));
            change(dataset, held -> held.markDeleting(actor, NOW).dataset());
        }

        long backlog = datasets().countDeleting();
        finishDeletions();

        assertThat(backlog).isEqualTo(before + 2);
        assertThat(datasets().countDeleting()).isZero();
    }

    /** Reads the dataset for update, as the use cases do, and stores the state {@code next} makes of it. */
    protected Dataset change(Dataset dataset, Function<Dataset, Dataset> next) {
        return transactions().inTransaction(() -> {
            Dataset held = datasets().byIdForUpdate(dataset.id(), dataset.organization()).orElseThrow();
            Dataset changed = next.apply(held);
            datasets().update(changed);
            return changed;
        });
    }

    /** Finishes every deletion that was started, in any organization, as the deletion worker does. */
    private void finishDeletions() {
        transactions().inTransaction(() -> {
            datasets().claimDeleting(1000).forEach(d -> datasets().update(d.completeDeletion(NOW.plusSeconds(9)).dataset()));
            return null;
        });
    }

    protected Dataset add(Dataset dataset) {
        datasets().add(dataset);
        return dataset;
    }

    protected Optional<Dataset> byId(Dataset dataset) {
        return datasets().byId(dataset.id(), dataset.organization());
    }

    private DatasetPage page(Actor actor, DatasetQueries query) {
        return datasets().page(actor.organization(), query.build());
    }

    private long total(Actor actor, DatasetQueries query) {
        return page(actor, query.withLimit(1)).total();
    }

    private static List<String> names(DatasetPage page) {
        return page.datasets().stream().map(d -> d.name().value()).toList();
    }

    protected static DatasetChanges rename(String name) {
        return new DatasetChanges(Change.to(name), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent());
    }

    protected static Dataset createAt(String name, List<AssetType> assetTypes, Actor actor, int secondsLater) {
        return Dataset.create(new NewDataset(name, MULTIMODAL, null, assetTypes, null, null, null, null, null, null,
                null, null), DatasetId.random(), actor, NOW.plusSeconds(secondsLater)).dataset();
    }

    protected static Dataset create(String name, Actor actor) {
        return Dataset.create(minimal(name), DatasetId.random(), actor, NOW).dataset();
    }

    private static NewDataset minimal(String name) {
        return new NewDataset(name, MULTIMODAL, null, null, null, null, null, null, null, null, null, null);
    }

    protected static Actor actor(String organization) {
        return new Actor("user-1", new OrganizationId(organization), Set.of(Role.WRITER));
    }
}
