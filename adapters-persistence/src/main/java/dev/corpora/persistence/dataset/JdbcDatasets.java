package dev.corpora.persistence.dataset;

import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetId;
import dev.corpora.domain.dataset.DatasetPage;
import dev.corpora.domain.dataset.DatasetQuery;
import dev.corpora.domain.dataset.DatasetStatus;
import dev.corpora.domain.dataset.Datasets;
import dev.corpora.domain.error.DatasetIdTaken;
import dev.corpora.domain.error.DatasetNameTaken;
import dev.corpora.persistence.Databases;
import dev.corpora.persistence.SqlErrors;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.postgresql.PGStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@link Datasets} port on PostgreSQL or H2, with the same SQL on both but for a listing's name search. */
@Singleton
final class JdbcDatasets implements Datasets {
    private static final String NAME_INDEX = "datasets_name_per_org";

    private final DatasetRowRepository rows;
    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;
    private final DatasetRowMapper mapper;
    private final ListingDialect dialect;

    JdbcDatasets(DatasetRowRepository rows, JdbcOperations jdbc, ConnectionOperations<Connection> connections,
            DatasetRowMapper mapper, DataSource dataSource) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.connections = connections;
        this.mapper = mapper;
        this.dialect = Databases.isH2(dataSource) ? ListingDialect.H2 : ListingDialect.POSTGRESQL;
    }

    @Override
    public void add(Dataset dataset) {
        try {
            rows.save(mapper.toRow(dataset));
        } catch (RuntimeException e) {
            throw nameOrIdTaken(e, dataset).orElse(e);
        }
    }

    @Override
    public Optional<Dataset> byId(DatasetId id, OrganizationId organization) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value()).map(mapper::toDataset);
    }

    @Override
    public Optional<Dataset> byIdForUpdate(DatasetId id, OrganizationId organization) {
        return rows.findByIdAndOrganizationIdForUpdate(id.value(), organization.value()).map(mapper::toDataset);
    }

    @Override
    public void update(Dataset dataset) {
        try {
            rows.update(mapper.toRow(dataset));
        } catch (RuntimeException e) {
            throw SqlErrors.uniqueViolation(e).filter(constraint -> constraint.contains(NAME_INDEX))
                    .map(constraint -> (RuntimeException) new DatasetNameTaken(dataset.name().value())).orElse(e);
        }
    }

    @Override
    public DatasetPage page(OrganizationId organization, DatasetQuery query) {
        DatasetPageSql sql = new DatasetPageSql(organization, query, dialect);
        return connections.execute(ConnectionDefinition.DEFAULT,
                connection -> jdbc.prepareStatement(sql.text(), statement -> {
                    planForItsValues(statement);
                    sql.bind(statement);
                    try (ResultSet result = statement.executeQuery()) {
                        return readPage(result, query);
                    }
                }));
    }

    /**
     * PostgreSQL plans a statement it has prepared once for any values after a few runs. A listing's best plan
     * depends on its values (a name pattern that starts with letters reads a range of an index, one that starts
     * with a wildcard the trigram index), so it is planned for the values of each run.
     */
    private static void planForItsValues(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    private DatasetPage readPage(ResultSet result, DatasetQuery query) throws SQLException {
        List<Dataset> datasets = new ArrayList<>(query.limit());
        long total = 0;
        while (result.next()) {
            total = result.getLong(DatasetPageSql.TOTAL);
            if (result.getObject("id") != null) {
                datasets.add(mapper.toDataset(jdbc.readEntity(result, DatasetRow.class)));
            }
        }
        return new DatasetPage(datasets, total, query.skip(), query.limit());
    }

    @Override
    public List<Dataset> claimDeleting(int max) {
        return rows.claimWithStatus(StoredWords.of(DatasetStatus.DELETING), max).stream()
                .map(mapper::toDataset).toList();
    }

    @Override
    public long countDeleting() {
        return rows.countByStatus(StoredWords.of(DatasetStatus.DELETING));
    }

    /** Which of the two unique keys of a dataset the insert broke, if it broke one of them. */
    private static Optional<RuntimeException> nameOrIdTaken(RuntimeException failure, Dataset dataset) {
        return SqlErrors.uniqueViolation(failure).map(constraint -> constraint.contains(NAME_INDEX)
                ? new DatasetNameTaken(dataset.name().value())
                : new DatasetIdTaken(dataset.id().value()));
    }
}
