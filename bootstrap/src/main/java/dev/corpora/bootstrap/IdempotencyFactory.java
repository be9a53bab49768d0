package dev.corpora.bootstrap;

import dev.corpora.application.idempotency.BeginIdempotentRequest;
import dev.corpora.application.idempotency.FinishIdempotentRequest;
import dev.corpora.application.idempotency.ForgetExpiredIdempotencyKeys;
import dev.corpora.application.idempotency.IdempotencyKeys;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The use cases of {@code Idempotency-Key}, with the {@code corpora.idempotency} settings. */
@Factory
class IdempotencyFactory {

    @Singleton
    BeginIdempotentRequest beginIdempotentRequest(IdempotencyKeys keys, Clock clock,
            @Value("${corpora.idempotency.lease}") Duration lease, @Value("${corpora.idempotency.ttl}") Duration ttl) {
        return new BeginIdempotentRequest(keys, clock, lease, ttl);
    }

    @Singleton
    FinishIdempotentRequest finishIdempotentRequest(IdempotencyKeys keys) {
        return new FinishIdempotentRequest(keys);
    }

    @Singleton
    ForgetExpiredIdempotencyKeys forgetExpiredIdempotencyKeys(IdempotencyKeys keys, Clock clock) {
        return new ForgetExpiredIdempotencyKeys(keys, clock);
    }
}
