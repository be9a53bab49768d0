package dev.corpora.domain.access;

import java.util.Optional;

/** Port: the registered API clients. */
public interface ApiClients {
    Optional<ApiClient> byId(String clientId);

    /** Registers a client; an existing client with the same id is left as it is. */
    void addIfAbsent(ApiClient client);

    boolean isEmpty();

    /** Keeps a new hash of a registered client's secret in place of the one it has. */
    void replaceSecret(String clientId, SecretHash secret);
}
