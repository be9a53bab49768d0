package dev.corpora.persistence.access;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The {@code api_clients} table's rows; generated for PostgreSQL, run unchanged on H2 in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiClientRowRepository extends GenericRepository<ApiClientRow, String> {

    /** Inserts. */
    void save(ApiClientRow row);

    Optional<ApiClientRow> findById(String clientId);

    boolean existsByClientIdIsNotNull();

    void update(@Id String clientId, String secretHash);
}
