package dev.corpora.application.idempotency;

import java.util.Optional;

/**
 * The end of a request that claimed its key ({@link BeginIdempotentRequest}): its answer is kept to be given
 * again, or, when there is none worth keeping (the request was refused before it ran, or failed), the key is
 * freed so that a retry runs it afresh.
 */
public final class FinishIdempotentRequest {
    private final IdempotencyKeys keys;

    public FinishIdempotentRequest(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** @param answer the answer to keep; empty to free the key */
    public void handle(IdempotencyRecord claim, Optional<StoredAnswer> answer) {
        answer.ifPresentOrElse(kept -> keys.finish(claim, kept), () -> keys.release(claim));
    }
}
