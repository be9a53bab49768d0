package dev.corpora.application.access;

import dev.corpora.domain.access.OrganizationId;
import java.util.Optional;

/** Port: each organization's allowance of API requests, shared by every instance of the service. */
public interface RequestAllowances {

    /** Spends one request of the organization's allowance if one is left; empty when requests are not limited. */
    Optional<Admission> admit(OrganizationId organization);
}
