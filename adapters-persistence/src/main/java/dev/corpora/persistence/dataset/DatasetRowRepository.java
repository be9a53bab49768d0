package dev.corpora.persistence.dataset;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code datasets} table's rows. Its SQL is generated for PostgreSQL and runs unchanged on H2 in PostgreSQL
 * mode; listing pages are {@link DatasetPageSql}'s.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DatasetRowRepository extends GenericRepository<DatasetRow, UUID> {

    /** Inserts. */
    void save(DatasetRow row);

    Optional<DatasetRow> findByIdAndOrganizationId(UUID id, String organizationId);

    Optional<DatasetRow> findByIdAndOrganizationIdForUpdate(UUID id, String organizationId);

    /** Writes every column of the row with its id. */
    void update(DatasetRow row);

    @Query("SELECT * FROM datasets WHERE status = :status ORDER BY created_dt, id LIMIT :max FOR UPDATE SKIP LOCKED")
    List<DatasetRow> claimWithStatus(String status, int max);

    long countByStatus(String status);
}
