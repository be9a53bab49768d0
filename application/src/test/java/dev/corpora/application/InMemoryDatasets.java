package dev.corpora.application;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@link Datasets} port in a map, for the use-case tests. {@link InMemoryDatasetsContractTest} holds it to
 * the same contract as the SQL adapter. It counts the writes and remembers the queries, so tests can see what
 * reached it.
 */
public final class InMemoryDatasets implements Datasets {
    /**
     * Oldest first, then by id as PostgreSQL orders uuids: byte by byte, unsigned. A uuid's canonical text keeps
     * that order; {@link java.util.UUID#compareTo} does not (it compares signed halves).
     */
    private static final Comparator<Dataset> LISTING_ORDER = Comparator.comparing(Dataset::createdAt)
            .thenComparing(d -> d.id().value().toString());

    private final Map<DatasetId, Dataset> byId = new LinkedHashMap<>();
    private final List<DatasetQuery> queries = new ArrayList<>();
    private int updates;

    @Override
    public void add(Dataset dataset) {
        if (byId.containsKey(dataset.id())) {
            throw new DatasetIdTaken(dataset.id().value());
        }
        requireNameFree(dataset);
        byId.put(dataset.id(), dataset);
    }

    @Override
    public Optional<Dataset> byId(DatasetId id, OrganizationId organization) {
        return Optional.ofNullable(byId.get(id)).filter(d -> d.organization().equals(organization));
    }

    /** One caller at a time: there is nothing to hold. */
    @Override
    public Optional<Dataset> byIdForUpdate(DatasetId id, OrganizationId organization) {
        return byId(id, organization);
    }

    @Override
    public void update(Dataset dataset) {
        if (!byId.containsKey(dataset.id())) {
            throw new IllegalStateException("Only a stored dataset can be updated, not " + dataset.id());
        }
        requireNameFree(dataset);
        byId.put(dataset.id(), dataset);
        updates++;
    }

    @Override
    public DatasetPage page(OrganizationId organization, DatasetQuery query) {
        queries.add(query);
        List<Dataset> matching = byId.values().stream()
                .filter(d -> d.organization().equals(organization))
                .filter(matches(query))
                .sorted(LISTING_ORDER)
                .toList();
        List<Dataset> page = matching.stream().skip(query.skip()).limit(query.limit()).toList();
        return new DatasetPage(page, matching.size(), query.skip(), query.limit());
    }

    /** Single-threaded: no other transaction can have claimed anything. */
    @Override
    public List<Dataset> claimDeleting(int max) {
        return byId.values().stream()
                .filter(d -> d.status() == DatasetStatus.DELETING)
                .sorted(LISTING_ORDER)
                .limit(max)
                .toList();
    }

    @Override
    public long countDeleting() {
        return byId.values().stream().filter(d -> d.status() == DatasetStatus.DELETING).count();
    }

    public List<Dataset> all() {
        return new ArrayList<>(byId.values());
    }

    /** The stored state of a dataset, whatever its organization. */
    public Dataset get(DatasetId id) {
        return byId.get(id);
    }

    /** How many times {@link #update} stored something. */
    public int updates() {
        return updates;
    }

    /** The queries {@link #page} was asked, oldest first. */
    public List<DatasetQuery> queries() {
        return List.copyOf(queries);
    }

    /** The unique index on (organization, lower(name)) among datasets that hold their name. */
    private void requireNameFree(Dataset dataset) {
        if (!dataset.status().holdsName()) {
            return;
        }
        boolean nameTaken = byId.values().stream().anyMatch(other -> !other.id().equals(dataset.id())
                && other.status().holdsName()
                && other.organization().equals(dataset.organization())
                && other.name().uniquenessKey().equals(dataset.name().uniquenessKey()));
        if (nameTaken) {
            throw new DatasetNameTaken(dataset.name().value());
        }
    }

    /** Every filter of the query at once, as the adapter's WHERE clause has them. */
    private static Predicate<Dataset> matches(DatasetQuery q) {
        return d -> q.visibleStatuses().contains(d.status())
                && (q.ids().isEmpty() || q.ids().contains(d.id().value()))
                && (q.assetTypes().isEmpty() || q.assetTypes().stream().anyMatch(d.allowedAssetTypes()::allows))
                && (q.samplingMethod() == null || q.samplingMethod() == d.keyframeSampling().method())
                && same(q.storeOriginal(), d.storeOriginal())
                && same(q.storePreview(), d.storePreview())
                && same(q.newVideoDataModel(), d.newVideoDataModel())
                && same(q.celebrityDetectionEnabled(), d.config().celebrityDetectionEnabled())
                && same(q.contextStudioEnabled(), d.config().contextStudioEnabled())
                && before(d.createdAt(), q.createdBefore()) && after(d.createdAt(), q.createdAfter())
                && before(d.updatedAt(), q.updatedBefore()) && after(d.updatedAt(), q.updatedAfter())
                && (q.namePattern() == null || q.namePattern().matches(d.name().value()));
    }

    private static boolean same(Boolean wanted, boolean actual) {
        return wanted == null || wanted == actual;
    }

    /** Strictly before; like SQL, a missing time matches no bound. */
    private static boolean before(Instant time, Instant bound) {
        return bound == null || time != null && time.isBefore(bound);
    }

    private static boolean after(Instant time, Instant bound) {
        return bound == null || time != null && time.isAfter(bound);
    }
}
