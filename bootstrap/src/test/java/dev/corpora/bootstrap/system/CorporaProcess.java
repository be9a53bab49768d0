package dev.corpora.bootstrap.system;

import dev.corpora.bootstrap.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Corpora in a JVM of its own, for what only a real process shows: signals and exit codes. Started as
 * {@code main} is, with the tests' class path, on the embedded H2 in a temporary data directory, configured
 * through the environment alone, with the bootstrap client of {@link RunningCorpora}. Its ports come from
 * {@value #FIRST_PORT}-{@value #LAST_PORT}, apart from those of {@link RunningCorpora}.
 */
final class CorporaProcess implements AutoCloseable {
    private static final int FIRST_PORT = 18500;
    private static final int LAST_PORT = 18549;
    private static final Duration START = Duration.ofSeconds(90);

    private final Path directory;
    private final Path output;
    private final int apiPort;
    private final int managementPort;
    private final Process process;

    private CorporaProcess(Path directory, int apiPort, int managementPort, Process process) {
        this.directory = directory;
        this.output = directory.resolve("output.log");
        this.apiPort = apiPort;
        this.managementPort = managementPort;
        this.process = process;
    }

    /** Starts it with {@code settings} (environment variables) added, and returns once it is ready. */
    static CorporaProcess start(Map<String, String> settings) {
        Path directory;
        try {
            directory = Files.createTempDirectory("corpora-process");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int apiPort = freePort(FIRST_PORT);
        int managementPort = freePort(apiPort + 1);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                // C1 alone and the serial collector: it starts in about half the time, and runs only a few requests;
                // no logback.configurationFile, so it logs as the service does (LogConfiguration, info), not as the
                // tests do (warn): the output tells what it did
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", Application.class.getName())
                .redirectErrorStream(true).redirectOutput(directory.resolve("output.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> Stream.of("CORPORA_", "DATASOURCES_", "MICRONAUT_", "ENDPOINTS_", "OTEL_")
                .anyMatch(name::startsWith));
        environment.put("CORPORA_DATA_DIR", directory.resolve("data").toString());
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(apiPort));
        environment.put("CORPORA_MANAGEMENT_PORT", Integer.toString(managementPort));
        environment.put("CORPORA_JWT_SECRET", RunningCorpora.JWT_SECRET);
        environment.put("CORPORA_BOOTSTRAP_CLIENT_ID", RunningCorpora.ADMIN_ID);
        environment.put("CORPORA_BOOTSTRAP_CLIENT_SECRET", RunningCorpora.ADMIN_SECRET);
        environment.put("CORPORA_BOOTSTRAP_ORG_ID", RunningCorpora.ORG);
        environment.putAll(settings);
        CorporaProcess started;
        try {
            started = new CorporaProcess(directory, apiPort, managementPort, builder.start());
        } catch (IOException e) {
            delete(directory);
            throw new UncheckedIOException(e);
        }
        try {
            started.awaitReady();
        } catch (RuntimeException | Error failure) {
            started.close();
            throw failure;
        }
        return started;
    }

    int apiPort() {
        return apiPort;
    }

    String baseUrl() {
        return "http://localhost:" + apiPort;
    }

    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** Sends SIGTERM, as {@link Process#destroy} does on Linux. */
    void terminate() {
        process.destroy();
    }

    /** The exit code, if it exits within {@code wait}. */
    OptionalInt awaitExit(Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue())
                    : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it as an orchestrator would (SIGTERM), waits for it to exit, and answers every line it wrote. */
    List<String> stop() {
        terminate();
        awaitExit(Duration.ofSeconds(30));
        return output().lines().toList();
    }

    /** What it wrote so far, for failure messages. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private void awaitReady() {
        Instant giveUp = Instant.now().plus(START);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Corpora exited with " + process.exitValue() + " before it was "
                        + "ready:\n" + output());
            }
            try {
                if (RawHttp.send("GET", managementUrl() + "/health/readiness", null, null).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // try again
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("Corpora was not ready within " + START + ":\n" + output());
    }

    private static int freePort(int from) {
        for (int port = from; port <= LAST_PORT; port++) {
            try (ServerSocket probe = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in " + from + "-" + LAST_PORT);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills it if it still runs, and deletes its directory. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(directory);
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
