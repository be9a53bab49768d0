package dev.corpora.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.Actors;
import dev.corpora.application.InMemoryIdempotencyKeys;
import dev.corpora.application.SettableClock;
import dev.corpora.application.idempotency.BeginIdempotentRequest.Begun;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BeginIdempotentRequestTest {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration KEPT = Duration.ofHours(24);
    private static final RequestFingerprint CREATE = RequestFingerprint.of("POST", "/api/v1/datasets",
            "{\"name\":\"A\"}");
    private static final StoredAnswer CREATED = new StoredAnswer(200, Map.of("ETag", "\"1\""),
            "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8));

    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final BeginIdempotentRequest begin = new BeginIdempotentRequest(keys, clock, LEASE, KEPT);
    private final FinishIdempotentRequest finish = new FinishIdempotentRequest(keys);

    @Test
    void theFirstRequestWithAKeyProceedsHoldingItForTheLeaseAndKeepingItADay() {
        Begun begun = begin.handle(Actors.writer(), "k1", CREATE);

        assertThat(begun).isInstanceOfSatisfying(Begun.Proceed.class, proceed -> {
            assertThat(proceed.claim().leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
            assertThat(proceed.claim().expiresAt()).isEqualTo(clock.instant().plus(KEPT));
            assertThat(proceed.claim().key()).isEqualTo(new IdempotencyKey(Actors.ACME, "k1"));
        });
    }

    @Test
    void theSameRequestAgainAfterTheFirstFinishedReplaysItsAnswer() {
        finish.handle(proceed("k2", CREATE), Optional.of(CREATED));
        clock.advance(Duration.ofHours(3));

        assertThat(begin.handle(Actors.writer(), "k2", CREATE)).isEqualTo(new Begun.Replay(CREATED));
    }

    @Test
    void theSameRequestWhileTheFirstRunsIsStillRunning() {
        proceed("k3", CREATE);

        assertThat(begin.handle(Actors.writer(), "k3", CREATE)).isInstanceOf(Begun.StillRunning.class);
    }

    @Test
    void theKeyWithAnotherMethodPathOrBodyIsReused() {
        finish.handle(proceed("k4", CREATE), Optional.of(CREATED));

        assertThat(begin.handle(Actors.writer(), "k4", RequestFingerprint.of("POST", "/api/v1/datasets",
                "{\"name\":\"B\"}"))).isInstanceOf(Begun.KeyReused.class);
        assertThat(begin.handle(Actors.writer(), "k4", RequestFingerprint.of("PATCH", "/api/v1/datasets",
                "{\"name\":\"A\"}"))).isInstanceOf(Begun.KeyReused.class);
        assertThat(begin.handle(Actors.writer(), "k4", RequestFingerprint.of("POST", "/api/v1/datasets/1",
                "{\"name\":\"A\"}"))).isInstanceOf(Begun.KeyReused.class);
    }

    @Test
    void aReusedKeyIsRefusedEvenWhileTheFirstRuns() {
        proceed("k5", CREATE);

        assertThat(begin.handle(Actors.writer(), "k5", RequestFingerprint.of("DELETE", "/x", "")))
                .isInstanceOf(Begun.KeyReused.class);
    }

    @Test
    void anotherOrganizationsKeyOfTheSameNameIsItsOwn() {
        finish.handle(proceed("k6", CREATE), Optional.of(CREATED));

        assertThat(begin.handle(Actors.writerOf(Actors.GLOBEX), "k6", CREATE)).isInstanceOf(Begun.Proceed.class);
    }

    @Test
    void aRequestThatLeftNothingToKeepFreesItsKeyForARetry() {
        finish.handle(proceed("k7", CREATE), Optional.empty());

        assertThat(begin.handle(Actors.writer(), "k7", CREATE)).isInstanceOf(Begun.Proceed.class);
    }

    @Test
    void aRequestWhoseInstanceDiedIsTakenOverOnceItsLeaseLapsed() {
        proceed("k8", CREATE);
        clock.advance(LEASE.plusMillis(1));

        assertThat(begin.handle(Actors.writer(), "k8", CREATE)).isInstanceOf(Begun.Proceed.class);
    }

    @Test
    void aKeyPastItsDayIsNewAgainAndTheCleanUpForgetsIt() {
        finish.handle(proceed("k9", CREATE), Optional.of(CREATED));
        clock.advance(KEPT);

        assertThat(new ForgetExpiredIdempotencyKeys(keys, clock).handle()).isEqualTo(1);
        assertThat(keys.size()).isZero();
        assertThat(begin.handle(Actors.writer(), "k9", RequestFingerprint.of("DELETE", "/other", "")))
                .isInstanceOf(Begun.Proceed.class);
    }

    @Test
    void aLeaseLongerThanTheKeysAreKeptIsRefused() {
        assertThatThrownBy(() -> new BeginIdempotentRequest(keys, clock, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BeginIdempotentRequest(keys, clock, Duration.ZERO, KEPT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyOfUnprintableOrTooManyCharactersIsNoKey() {
        assertThatThrownBy(() -> begin.handle(Actors.writer(), "tab\there", CREATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> begin.handle(Actors.writer(), "k".repeat(256), CREATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(begin.handle(Actors.writer(), "k".repeat(255), CREATE)).isInstanceOf(Begun.Proceed.class);
    }

    private IdempotencyRecord proceed(String key, RequestFingerprint fingerprint) {
        return ((Begun.Proceed) begin.handle(Actors.writer(), key, fingerprint)).claim();
    }
}
