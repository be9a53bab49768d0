package dev.corpora.bootstrap.system;

import dev.corpora.bootstrap.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own, configured through its environment alone and logging through its real
 * logback.xml, as a container runs it; everything it writes is kept, for tests of its log lines.
 */
final class CorporaProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Server Running: (http://localhost:\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path output;
    private final String baseUrl;

    /** @param environment variables on top of a test instance's (H2 in a fresh data directory, the admin client) */
    CorporaProcess(Map<String, String> environment) {
        try {
            Path dataDir = Files.createTempDirectory("corpora-process");
            output = dataDir.resolve("output.log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"),
                    // the test classpath has logback-test.xml too, which logback would prefer
                    "-Dlogback.configurationFile=" + Application.class.getResource("/logback.xml"),
                    Application.class.getName());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("CORPORA_") || name.startsWith("DATASOURCES_")
                    || name.startsWith("MICRONAUT_") || name.startsWith("OTEL_"));
            env.put("CORPORA_DATA_DIR", dataDir.toString());
            env.put("MICRONAUT_SERVER_PORT", "-1");
            env.put("CORPORA_MANAGEMENT_PORT", String.valueOf(RunningCorpora.freeManagementPort()));
            env.put("CORPORA_JWT_SECRET", RunningCorpora.JWT_SECRET);
            env.put("CORPORA_BOOTSTRAP_CLIENT_ID", RunningCorpora.ADMIN_ID);
            env.put("CORPORA_BOOTSTRAP_CLIENT_SECRET", RunningCorpora.ADMIN_SECRET);
            env.put("CORPORA_BOOTSTRAP_ORG_ID", RunningCorpora.ORG);
            env.putAll(environment);
            process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            baseUrl = awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Stops it as an orchestrator would (SIGTERM) and answers every line it wrote. */
    List<String> stop() {
        close();
        return lines();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> url = lines().stream().map(LISTENING::matcher).filter(Matcher::find)
                    .map(found -> found.group(1)).findFirst();
            if (url.isPresent()) {
                return url.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Corpora stopped before it listened:\n" + String.join("\n", lines()));
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Corpora did not listen within " + START_TIMEOUT + ":\n"
                + String.join("\n", lines()));
    }

    private List<String> lines() {
        try {
            return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
