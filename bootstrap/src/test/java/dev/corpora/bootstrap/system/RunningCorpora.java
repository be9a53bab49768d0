package dev.corpora.bootstrap.system;

import dev.corpora.application.dataset.CompleteDeletions;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.bootstrap.Application;
import dev.corpora.client.ApiClient;
import dev.corpora.client.api.AuthApi;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.access.SecretHash;
import dev.corpora.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The runnable application, started the way {@code main} starts it, on a test database and a free port. */
final class RunningCorpora implements AutoCloseable {
    static final String JWT_SECRET = "a-test-signing-secret-of-at-least-32-bytes!";
    static final String ISSUER = "corpora";
    static final String ADMIN_ID = "admin-client";
    static final String ADMIN_SECRET = "admin-secret";
    static final String ORG = "org-main";

    private static final int FIRST_MANAGEMENT_PORT = 19600;
    private static final int LAST_MANAGEMENT_PORT = 19699;

    private final ApplicationContext context;
    private final Path dataDir;
    private final int managementPort;

    RunningCorpora(TestDatabase database) {
        this(database, Map.of());
    }

    /** @param overrides more configuration, such as the deletion worker's interval */
    RunningCorpora(TestDatabase database, Map<String, Object> overrides) {
        try {
            dataDir = Files.createTempDirectory("corpora-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("corpora.data-dir", dataDir.toString());
        properties.put("corpora.jwt.secret", JWT_SECRET);
        properties.put("corpora.bootstrap-client.client-id", ADMIN_ID);
        properties.put("corpora.bootstrap-client.client-secret", ADMIN_SECRET);
        properties.put("corpora.bootstrap-client.org-id", ORG);
        properties.put("corpora.deletion.interval", "200ms");
        properties.put("corpora.events.relay-interval", "100ms");
        properties.put("corpora.events.forget-interval", "200ms");
        properties.putAll(overrides);
        context = startOnAFreeManagementPort(properties);
        managementPort = context.getRequiredProperty("endpoints.all.port", Integer.class);
    }

    /** Runs the deletion worker's use case now, as its schedule would. */
    int finishDeletions() {
        return context.getBean(CompleteDeletions.class).handle(() -> false);
    }

    /** A bean of the running application, if it has one: for tests of what it is made of. */
    <T> Optional<T> bean(Class<T> type) {
        return context.findBean(type);
    }

    String baseUrl() {
        return "http://localhost:" + context.getBean(EmbeddedServer.class).getPort();
    }

    /** The management port's endpoints: health, metrics. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /**
     * Starts Corpora as {@code main} does, with {@code properties} and a management port that no one listened on
     * a moment before; if someone else (a test running at the same time) binds it first, on the next free one.
     * Micronaut cannot serve its management endpoints on a random port: their routes match the configured one.
     */
    static ApplicationContext startOnAFreeManagementPort(Map<String, Object> properties) {
        int port = freeManagementPort(FIRST_MANAGEMENT_PORT);
        while (true) {
            properties.put("endpoints.all.port", port);
            try {
                return Application.start(properties);
            } catch (RuntimeException failure) {
                if (!portTaken(failure)) {
                    throw failure;
                }
                port = freeManagementPort(port + 1);
            }
        }
    }

    /** A start that failed so leaves nothing running: Micronaut's server stops the context as it gives up. */
    private static boolean portTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** A port no one listens on, from {@code first} on, within the range these tests keep to. */
    private static int freeManagementPort(int first) {
        for (int port = first; port <= LAST_MANAGEMENT_PORT; port++) {
            try (ServerSocket probe = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free management port in " + FIRST_MANAGEMENT_PORT + "-"
                + LAST_MANAGEMENT_PORT);
    }

    /** Registers one more client, straight through the port, for tests of other organizations and roles. */
    void addClient(String clientId, String secret, String organization, Set<Role> roles) {
        context.getBean(Transactions.class).inTransaction(() -> {
            context.getBean(ApiClients.class).addIfAbsent(new dev.corpora.domain.access.ApiClient(clientId,
                    new OrganizationId(organization), roles, SecretHash.of(secret)));
            return null;
        });
    }

    /** A generated-client configuration that logs in with the given client and sends its bearer token. */
    ApiClient clientFor(String clientId, String secret) {
        String token = login(clientId, secret);
        return bearer(token);
    }

    ApiClient bearer(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The Authorization header of the bootstrap admin client, logged in now. */
    String adminBearer() {
        return "Bearer " + login(ADMIN_ID, ADMIN_SECRET);
    }

    String login(String clientId, String secret) {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(baseUrl());
        try {
            return new AuthApi(anonymous).login(null, Map.of("Authorization", basic(clientId, secret)))
                    .getAccessToken();
        } catch (dev.corpora.client.ApiException e) {
            throw new IllegalStateException("login failed: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Closes, in order, each of what a test class opened (services before their database) that was opened at all,
     * and fails with the first failure once all are closed.
     */
    static void closeAll(AutoCloseable... opened) {
        RuntimeException first = null;
        for (AutoCloseable closeable : opened) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = new IllegalStateException("cannot close " + closeable, e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** Announces a stop, as the context's first step of stopping does, without stopping. */
    void announceStop() {
        context.publishEvent(new ShutdownEvent(context));
    }
}
