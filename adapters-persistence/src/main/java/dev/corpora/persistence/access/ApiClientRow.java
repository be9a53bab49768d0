package dev.corpora.persistence.access;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of the {@code api_clients} table. Roles are their claim words, comma-separated. */
@MappedEntity("api_clients")
record ApiClientRow(@Id String clientId, String organizationId, String roles, String secretHash, Instant createdDt) {
}
