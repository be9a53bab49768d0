package dev.corpora.application;

import dev.corpora.domain.access.ApiClient;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.SecretHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link ApiClients} port in a map. */
public final class InMemoryApiClients implements ApiClients {
    private final Map<String, ApiClient> byId = new LinkedHashMap<>();

    @Override
    public Optional<ApiClient> byId(String clientId) {
        return Optional.ofNullable(byId.get(clientId));
    }

    @Override
    public void addIfAbsent(ApiClient client) {
        byId.putIfAbsent(client.clientId(), client);
    }

    @Override
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    @Override
    public void replaceSecret(String clientId, SecretHash secret) {
        ApiClient client = byId.get(clientId);
        byId.put(clientId, new ApiClient(clientId, client.organization(), client.roles(), secret));
    }

    public List<ApiClient> all() {
        return new ArrayList<>(byId.values());
    }
}
