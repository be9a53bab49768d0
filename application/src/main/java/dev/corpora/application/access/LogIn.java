package dev.corpora.application.access;

import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.SecretHash;
import dev.corpora.domain.error.InvalidCredentials;
import dev.corpora.domain.error.TooManyAttempts;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.Violation;
import dev.corpora.domain.error.ViolationKind;
import java.time.Duration;
import java.util.Optional;

/** Exchanges client credentials for an access token, and brings an outdated hash of the secret up to date. */
public class LogIn {
    /** Checked when the client is unknown, so an unknown id costs as much time as a wrong secret. */
    private static final SecretHash DECOY = SecretHash.of("decoy secret that matches nothing");

    private static final String CLIENT_CREDENTIALS = "client_credentials";

    private final ApiClients clients;
    private final AccessTokens tokens;
    private final LoginAttempts attempts;

    public LogIn(ApiClients clients, AccessTokens tokens, LoginAttempts attempts) {
        this.clients = clients;
        this.tokens = tokens;
        this.attempts = attempts;
    }

    /**
     * @param grantType the grant type the client named, or {@code null}; only {@code client_credentials} exists
     * @param address   where the request came from
     * @throws ValidationFailed    for any other grant type
     * @throws TooManyAttempts    when the client id or the address failed too often lately; nothing is checked
     * @throws InvalidCredentials when the id is unknown or the secret wrong, without saying which
     */
    public AccessToken handle(ClientCredentials credentials, String grantType, String address) {
        if (grantType != null && !CLIENT_CREDENTIALS.equals(grantType)) {
            throw new ValidationFailed(Violation.at(ViolationKind.NOT_ONE_OF,
                    "The only grant type is client_credentials", "grantType"));
        }
        Optional<Duration> wait = attempts.waitBefore(credentials.clientId(), address);
        if (wait.isPresent()) {
            throw new TooManyAttempts(wait.get());
        }
        Optional<ApiClient> client = clients.byId(credentials.clientId());
        boolean secretMatches = client.map(ApiClient::secret).orElse(DECOY).matches(credentials.secret());
        if (client.isEmpty() || !secretMatches) {
            attempts.failed(credentials.clientId(), address);
            throw new InvalidCredentials();
        }
        if (client.get().secret().outdated()) {
            clients.replaceSecret(client.get().clientId(), SecretHash.of(credentials.secret()));
        }
        return tokens.issue(client.get().asActor());
    }
}
