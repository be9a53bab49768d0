package dev.corpora.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.idempotency.IdempotencyKey;
import dev.corpora.application.idempotency.IdempotencyKeys;
import dev.corpora.application.idempotency.IdempotencyRecord;
import dev.corpora.application.idempotency.RequestFingerprint;
import dev.corpora.application.idempotency.StoredAnswer;
import dev.corpora.domain.access.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyKeys} promises; run against the database adapters and against
 * {@link InMemoryIdempotencyKeys}. Time is passed in, so leases and expiry are tested without waiting. Each test
 * uses keys of its own.
 */
public abstract class IdempotencyKeysContract {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration KEPT = Duration.ofHours(24);
    private static final RequestFingerprint CREATE = RequestFingerprint.of("POST", "/api/v1/datasets", "{\"a\":1}");
    private static final StoredAnswer CREATED = new StoredAnswer(200,
            Map.of("ETag", "\"1\"", "Content-Type", "application/json"),
            "{\"id\":\"x\",\"name\":\"Some\"}".getBytes(StandardCharsets.UTF_8));

    protected abstract IdempotencyKeys keys();

    @Test
    void theFirstClaimOfAKeyTakesIt() {
        assertThat(keys().claim(claim(Actors.ACME, unique()), NOW)).isEmpty();
    }

    @Test
    void aClaimWhileTheFirstRunsFindsTheRunningRecord() {
        String key = unique();
        IdempotencyRecord first = claim(Actors.ACME, key);
        keys().claim(first, NOW);

        Optional<IdempotencyRecord> holder = keys().claim(claim(Actors.ACME, key), NOW.plusSeconds(1));

        assertThat(holder).hasValueSatisfying(record -> {
            assertThat(record.owner()).isEqualTo(first.owner());
            assertThat(record.fingerprint()).isEqualTo(CREATE);
            assertThat(record.storedAnswer()).isEmpty();
        });
    }

    @Test
    void aFinishedRecordGivesBackItsAnswerByteForByte() {
        String key = unique();
        IdempotencyRecord first = claim(Actors.ACME, key);
        keys().claim(first, NOW);
        keys().finish(first, CREATED);

        Optional<IdempotencyRecord> holder = keys().claim(claim(Actors.ACME, key), NOW.plus(Duration.ofHours(2)));

        assertThat(holder).hasValueSatisfying(record -> {
            assertThat(record.storedAnswer()).contains(CREATED);
            assertThat(record.fingerprint()).isEqualTo(CREATE);
            assertThat(record.key()).isEqualTo(first.key());
        });
    }

    @Test
    void keysOfOneOrganizationAreInvisibleToAnother() {
        String key = unique();
        IdempotencyRecord mine = claim(Actors.ACME, key);
        keys().claim(mine, NOW);
        keys().finish(mine, CREATED);

        assertThat(keys().claim(claim(Actors.GLOBEX, key), NOW)).isEmpty();
        assertThat(keys().claim(claim(Actors.ACME, key), NOW)).isPresent();
    }

    @Test
    void aReleasedKeyMayBeClaimedAgain() {
        String key = unique();
        IdempotencyRecord first = claim(Actors.ACME, key);
        keys().claim(first, NOW);

        keys().release(first);

        assertThat(keys().claim(claim(Actors.ACME, key), NOW)).isEmpty();
    }

    @Test
    void aRunningRecordPastItsLeaseIsTakenOverAndItsFormerOwnerChangesNothing() {
        String key = unique();
        IdempotencyRecord stale = claim(Actors.ACME, key);
        keys().claim(stale, NOW);
        Instant later = NOW.plus(LEASE).plusSeconds(1);
        IdempotencyRecord takeover = claim(Actors.ACME, key, later);

        assertThat(keys().claim(takeover, later)).isEmpty();
        keys().finish(stale, CREATED);
        keys().release(stale);

        assertThat(keys().claim(claim(Actors.ACME, key, later), later)).hasValueSatisfying(record -> {
            assertThat(record.owner()).isEqualTo(takeover.owner());
            assertThat(record.storedAnswer()).isEmpty();
        });
    }

    @Test
    void aFinishedRecordOutlivesItsLeaseUntilItExpires() {
        String key = unique();
        IdempotencyRecord first = claim(Actors.ACME, key);
        keys().claim(first, NOW);
        keys().finish(first, CREATED);

        assertThat(keys().claim(claim(Actors.ACME, key), NOW.plus(KEPT).minusSeconds(1))).isPresent();
        assertThat(keys().claim(claim(Actors.ACME, key), NOW.plus(KEPT))).isEmpty();
    }

    @Test
    void removingExpiredRecordsKeepsTheOthers() {
        String old = unique();
        String young = unique();
        IdempotencyRecord expiring = claim(Actors.ACME, old);
        keys().claim(expiring, NOW);
        keys().finish(expiring, CREATED);
        IdempotencyRecord younger = claim(Actors.ACME, young, NOW.plus(Duration.ofHours(12)));
        keys().claim(younger, NOW.plus(Duration.ofHours(12)));
        keys().finish(younger, CREATED);

        assertThat(keys().removeExpired(NOW.plus(KEPT))).isGreaterThanOrEqualTo(1);

        assertThat(keys().claim(claim(Actors.ACME, young, NOW.plus(KEPT)), NOW.plus(KEPT))).isPresent();
        IdempotencyRecord afresh = claim(Actors.ACME, old, NOW.plus(KEPT));
        assertThat(keys().claim(afresh, NOW.plus(KEPT))).isEmpty();
    }

    @Test
    void manyClaimsOfOneKeyAtOnceLetExactlyOneTakeIt() throws Exception {
        String key = unique();
        int claims = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            calls.add(() -> {
                start.await();
                return keys().claim(claim(Actors.ACME, key), NOW).isEmpty();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(claims);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> call : calls) {
                results.add(pool.submit(call));
            }
            start.countDown();
            int taken = 0;
            for (Future<Boolean> result : results) {
                taken += result.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static IdempotencyRecord claim(OrganizationId organization, String key) {
        return claim(organization, key, NOW);
    }

    private static IdempotencyRecord claim(OrganizationId organization, String key, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        return IdempotencyRecord.running(new IdempotencyKey(organization, key), CREATE, now.plus(LEASE),
                now.plus(KEPT));
    }

    private static String unique() {
        return "key-" + UUID.randomUUID();
    }
}
