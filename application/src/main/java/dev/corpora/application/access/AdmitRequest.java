package dev.corpora.application.access;

import dev.corpora.domain.access.Actor;
import java.util.Optional;

/** Lets an authenticated request go on while its organization's allowance of requests lasts. */
public final class AdmitRequest {
    private final RequestAllowances allowances;

    public AdmitRequest(RequestAllowances allowances) {
        this.allowances = allowances;
    }

    /** @return the admission, empty when requests are not limited */
    public Optional<Admission> handle(Actor actor) {
        return allowances.admit(actor.organization());
    }
}
