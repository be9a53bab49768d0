package dev.corpora.application.access;

import dev.corpora.domain.access.OrganizationId;

/**
 * The first client, configured or generated.
 *
 * @param generated whether Corpora made the credentials up, so they must be shown once to the operator
 */
public record BootstrapClient(ClientCredentials credentials, OrganizationId organization, boolean generated) {
}
