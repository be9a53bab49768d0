package dev.corpora.persistence.access;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** One row of the {@code api_clients} table. Roles are their claim words, comma-separated. */
@MappedEntity("api_clients")
record ApiClientRow(
        @Id @MappedProperty("client_id") String clientId,
        @MappedProperty("organization_id") String organizationId,
        @MappedProperty("roles") String roles,
        @MappedProperty("secret_hash") String secretHash,
        @MappedProperty("created_dt") Instant createdDt) {
}
