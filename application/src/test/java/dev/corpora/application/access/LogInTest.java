package dev.corpora.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpora.application.Actors;
import dev.corpora.application.InMemoryApiClients;
import dev.corpora.application.InMemoryLoginAttempts;
import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import dev.corpora.domain.error.InvalidCredentials;
import dev.corpora.domain.error.TooManyAttempts;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.Violation;
import dev.corpora.domain.error.ViolationKind;
import java.util.List;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every secret check costs a deliberately slow hash, so these tests check as few as they can. */
class LogInTest {
    private static final String SECRET = "correct-horse-battery-staple";
    private static final String ADDRESS = "192.0.2.7";
    private static final ApiClient INGEST_BOT =
            new ApiClient("ingest-bot", Actors.ACME, Set.of(Role.WRITER), SecretHash.of(SECRET));

    private final InMemoryApiClients clients = new InMemoryApiClients();
    private final RecordingAccessTokens tokens = new RecordingAccessTokens();
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts(2);
    private final LogIn logIn = new LogIn(clients, tokens, attempts);

    @BeforeEach
    void registerClient() {
        clients.addIfAbsent(INGEST_BOT);
    }

    @Test
    void aSecretHashedWithFewerIterationsStillLogsInAndIsHashedAnew() throws Exception {
        clients.addIfAbsent(new ApiClient("old-bot", Actors.ACME, Set.of(Role.READER), hashWith210kIterations(SECRET)));

        logIn.handle(new ClientCredentials("old-bot", SECRET), null, ADDRESS);

        SecretHash upgraded = clients.byId("old-bot").orElseThrow().secret();
        assertThat(upgraded.encoded()).startsWith("pbkdf2-sha256$600000$");
        assertThat(upgraded.outdated()).isFalse();
        assertThat(upgraded.matches(SECRET)).isTrue();
    }

    @Test
    void failedLoginsSpendTheAllowanceAndThenNothingIsCheckedUntilTheWaitIsOver() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> logIn.handle(new ClientCredentials("ingest-bot", "wrong"), null, ADDRESS))
                    .isInstanceOf(InvalidCredentials.class);
        }

        assertThatThrownBy(() -> logIn.handle(new ClientCredentials("ingest-bot", SECRET), null, ADDRESS))
                .isInstanceOfSatisfying(TooManyAttempts.class,
                        tooMany -> assertThat(tooMany.retryAfter()).isEqualTo(InMemoryLoginAttempts.WAIT));
        assertThat(tokens.issuedTo()).isEmpty();
    }

    @Test
    void aSuccessfulLoginSpendsNothing() {
        for (int i = 0; i < 3; i++) {
            logIn.handle(new ClientCredentials("ingest-bot", SECRET), null, ADDRESS);
        }

        assertThat(tokens.issuedTo()).hasSize(3);
    }

    @Test
    void rightSecretIssuesATokenForTheClientsActor() {
        AccessToken token = logIn.handle(new ClientCredentials("ingest-bot", SECRET), "client_credentials", ADDRESS);

        assertThat(token.value()).isEqualTo("token-for-ingest-bot");
        assertThat(clients.byId("ingest-bot").orElseThrow().secret()).isEqualTo(INGEST_BOT.secret());
        assertThat(token.lifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(tokens.issuedTo()).singleElement().satisfies(actor -> {
            assertThat(actor.subject()).isEqualTo("ingest-bot");
            assertThat(actor.organization()).isEqualTo(Actors.ACME);
            assertThat(actor.roles()).containsExactly(Role.WRITER);
        });
    }

    @Test
    void wrongSecretIsInvalidCredentials() {
        assertThatThrownBy(() -> logIn.handle(new ClientCredentials("ingest-bot", SECRET + "!"), null, ADDRESS))
                .isInstanceOf(InvalidCredentials.class)
                .hasMessage("Invalid client credentials");
        assertThat(tokens.issuedTo()).isEmpty();
    }

    @Test
    void unknownClientIdIsTheSameInvalidCredentials() {
        assertThatThrownBy(() -> logIn.handle(new ClientCredentials("nobody-bot", SECRET), null, ADDRESS))
                .isInstanceOf(InvalidCredentials.class)
                .hasMessage("Invalid client credentials");
        assertThat(tokens.issuedTo()).isEmpty();
    }

    @Test
    void grantTypeMayBeLeftOut() {
        assertThat(logIn.handle(new ClientCredentials("ingest-bot", SECRET), null, ADDRESS).value())
                .isEqualTo("token-for-ingest-bot");
    }

    @Test
    void anyOtherGrantTypeFailsValidationBeforeTheCredentialsAreChecked() {
        assertThatThrownBy(() -> logIn.handle(new ClientCredentials("nobody-bot", "wrong"), "password", ADDRESS))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.violations())
                        .extracting(Violation::path, Violation::kind)
                        .containsExactly(tuple(List.of("grantType"), ViolationKind.NOT_ONE_OF)));
        assertThat(tokens.issuedTo()).isEmpty();
    }

    /** A hash as Corpora made them before it took 600,000 iterations. */
    private static SecretHash hashWith210kIterations(String secret) throws Exception {
        byte[] salt = "sixteen byte salt".substring(0, 16).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        javax.crypto.spec.PBEKeySpec spec = new javax.crypto.spec.PBEKeySpec(secret.toCharArray(), salt, 210_000, 256);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                .getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
        return new SecretHash("pbkdf2-sha256$210000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash));
    }
}
