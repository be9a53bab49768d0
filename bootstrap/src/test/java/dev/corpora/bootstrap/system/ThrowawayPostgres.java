package dev.corpora.bootstrap.system;

import dev.corpora.persistence.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own, which it may stop and start at will: {@code initdb} into a temporary
 * directory, {@code pg_ctl} on a free port, listening on 127.0.0.1 only, trust authentication. Run as root (as
 * in CI), the server runs as the {@code postgres} OS user, who owns the directory. Without {@code initdb} and
 * {@code pg_ctl} the test is skipped, loudly, and in CI ({@code CI=true}) it fails instead.
 */
final class ThrowawayPostgres implements TestDatabase {
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Path binaries;
    private final Path directory;
    private final Path data;
    private final int port;

    private ThrowawayPostgres(Path binaries, Path directory, int port) {
        this.binaries = binaries;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.port = port;
    }

    /** A new cluster, initialised and started. */
    static ThrowawayPostgres start() {
        Path binaries = binaries().orElseGet(() -> {
            String why = "No PostgreSQL server binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql/*/bin"
                    + " for the database outage test.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " CI must run it.");
            }
            System.err.println("\n*** SKIPPING THE DATABASE OUTAGE TEST *** " + why + "\n");
            Assumptions.abort(why);
            throw new IllegalStateException("unreachable");
        });
        Path directory;
        try {
            directory = Files.createTempDirectory("corpora-outage-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ThrowawayPostgres cluster = new ThrowawayPostgres(binaries, directory, freePort());
        try {
            cluster.initialise();
            cluster.startServer();
        } catch (RuntimeException | Error failure) {
            cluster.close();
            throw failure;
        }
        return cluster;
    }

    /** Stops the server the hard way, as a crash would: every backend is killed, no checkpoint. */
    void kill() {
        run(pgCtl("stop", "-m", "immediate"));
    }

    /** Starts the server (again) and returns once it accepts connections. */
    void startServer() {
        run(pgCtl("start", "-w", "-t", "30", "-l", directory.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory));
    }

    private void initialise() {
        if (asRoot()) {
            run(List.of("chown", "postgres:postgres", directory.toString()));
        }
        run(asServerUser(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--no-sync")));
    }

    private List<String> pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(Arrays.asList(arguments));
        return asServerUser(command);
    }

    @Override
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    /** Stops the server, if it runs, and deletes the cluster's directory. */
    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                kill();
            }
        } catch (RuntimeException failure) {
            System.err.println("could not stop the throwaway PostgreSQL: " + failure.getMessage());
        } finally {
            delete(directory);
        }
    }

    private static Optional<Path> binaries() {
        Stream<Path> onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of);
        List<Path> debian;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            debian = versions.sorted(Comparator.reverseOrder()).map(version -> version.resolve("bin")).toList();
        } catch (IOException | UncheckedIOException e) {
            debian = List.of();
        }
        return Stream.concat(onPath, debian.stream())
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** PostgreSQL refuses to run as root: there, commands run as the {@code postgres} user. */
    private static List<String> asServerUser(List<String> command) {
        if (!asRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                        + "):\n" + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
