package dev.corpora.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A throwaway PostgreSQL database. Where {@code CORPORA_TEST_PG_URL} names a server (with
 * {@code CORPORA_TEST_PG_USER} / {@code CORPORA_TEST_PG_PASSWORD}), a new database is created on it and
 * dropped afterwards; else Testcontainers starts one where Docker runs; else the test is skipped, loudly, and
 * in CI ({@code CI=true}) it fails instead: CI must run the PostgreSQL tests.
 */
public final class PostgresTestDatabase implements TestDatabase {
    private final String url;
    private final String username;
    private final String password;
    private final Runnable cleanUp;

    private PostgresTestDatabase(String url, String username, String password, Runnable cleanUp) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.cleanUp = cleanUp;
    }

    public static PostgresTestDatabase create() {
        String server = System.getenv("CORPORA_TEST_PG_URL");
        if (server != null && !server.isBlank()) {
            return onServer(server, env("CORPORA_TEST_PG_USER", "postgres"), env("CORPORA_TEST_PG_PASSWORD", ""));
        }
        if (dockerRuns()) {
            return inContainer();
        }
        String why = "No PostgreSQL for the tests: set CORPORA_TEST_PG_URL (e.g. "
                + "jdbc:postgresql://127.0.0.1:5432/test) or run Docker for Testcontainers.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(why + " CI must run the PostgreSQL tests.");
        }
        System.err.println("\n*** SKIPPING POSTGRESQL TESTS *** " + why + "\n");
        Assumptions.abort(why);
        throw new IllegalStateException("unreachable");
    }

    private static PostgresTestDatabase onServer(String serverUrl, String user, String password) {
        String name = "corpora_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        execute(serverUrl, user, password, "CREATE DATABASE " + name);
        String url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new PostgresTestDatabase(url, user, password,
                () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    @SuppressWarnings("resource")
    private static PostgresTestDatabase inContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
        container.start();
        return new PostgresTestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                container::stop);
    }

    private static boolean dockerRuns() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void close() {
        cleanUp.run();
    }
}
