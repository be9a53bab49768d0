package dev.corpora.application;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link Datasets} port in a map, keeping the port's rules on ids and names. */
public final class InMemoryDatasets implements Datasets {
    private final Map<DatasetId, Dataset> byId = new LinkedHashMap<>();

    @Override
    public void add(Dataset dataset) {
        if (byId.containsKey(dataset.id())) {
            throw new DatasetIdTaken(dataset.id().value());
        }
        boolean nameTaken = byId.values().stream().anyMatch(other -> other.status().holdsName()
                && other.organization().equals(dataset.organization())
                && other.name().uniquenessKey().equals(dataset.name().uniquenessKey()));
        if (nameTaken) {
            throw new DatasetNameTaken(dataset.name().value());
        }
        byId.put(dataset.id(), dataset);
    }

    @Override
    public Optional<Dataset> byId(DatasetId id, OrganizationId organization) {
        return Optional.ofNullable(byId.get(id)).filter(d -> d.organization().equals(organization));
    }

    public List<Dataset> all() {
        return new ArrayList<>(byId.values());
    }
}
