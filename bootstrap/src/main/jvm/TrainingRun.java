import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A training run of the packaged service, for a JVM that keeps what it learnt in an archive at exit: Java 17's
 * class-data sharing ({@code -XX:ArchiveClassesAtExit=...}) at package time, or Java 25's AOT cache
 * ({@code -XX:AOTCacheOutput=...}). It runs the given command, a JVM with its options and the service to start
 * ({@code -jar <jar>}, or {@code -cp <class path> <main class>}), in the current directory, on a throwaway H2
 * database; waits for its first answer, walks every operation once through the API, then stops it with SIGTERM,
 * as an orchestrator would, and waits for it to exit and write the archive.
 *
 * <p>Java 17's archive names the class path as the command gave it, and maps at start only where those names
 * lead to the same files, unchanged: an absolute path pins the archive to where the jars were; a relative one,
 * to the working directory (the image's archive is made so).
 *
 * <p>Run as a source file, so it needs no build of its own:
 * {@code java TrainingRun.java <archive> <java> <argument>...}
 */
public final class TrainingRun {
    private static final Duration START = Duration.ofMinutes(3);
    private static final Pattern RUNNING = Pattern.compile("Server Running: http://[^:]+:(\\d+)");
    private static final String CLIENT_ID = "training";
    private static final String CLIENT_SECRET = "training-run-secret";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java TrainingRun.java <archive> <java> <argument>...");
            System.exit(2);
        }
        Path archive = Path.of(args[0]);
        Files.deleteIfExists(archive);
        Files.deleteIfExists(Path.of(archive + ".config"));
        Path dataDir = Files.createTempDirectory("corpora-training");
        try {
            train(List.of(args).subList(1, args.length), dataDir);
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        awaitArchive(archive);
        System.out.println("Training run: wrote " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MB)");
    }

    private static void train(List<String> command, Path dataDir) throws Exception {
        Path output = dataDir.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CORPORA_") || name.startsWith("DATASOURCES_")
                || name.startsWith("MICRONAUT_") || name.startsWith("ENDPOINTS_"));
        builder.environment().put("CORPORA_DATA_DIR", dataDir.toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", "-1");
        builder.environment().put("CORPORA_MANAGEMENT_PORT", Integer.toString(freePort()));
        builder.environment().put("CORPORA_BOOTSTRAP_CLIENT_ID", CLIENT_ID);
        builder.environment().put("CORPORA_BOOTSTRAP_CLIENT_SECRET", CLIENT_SECRET);
        builder.environment().put("CORPORA_BOOTSTRAP_ORG_ID", "training-org");
        Process service = builder.start();
        try {
            String base = "http://127.0.0.1:" + awaitPort(service, output);
            walkThroughTheApi(base);
            service.destroy();
            if (!service.waitFor(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the service did not stop within 2 minutes of SIGTERM");
            }
            if (service.exitValue() != 0) {
                throw new IllegalStateException("the service exited with " + service.exitValue());
            }
        } finally {
            service.destroyForcibly();
        }
    }

    /**
     * Java 17 writes its archive before it exits; Java 25 hands its training data ({@code <archive>.config}) to a
     * JVM of its own, which may outlive it, and removes that file once the cache is written.
     */
    private static void awaitArchive(Path archive) throws InterruptedException {
        Path trainingData = Path.of(archive + ".config");
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.isRegularFile(archive) || Files.exists(trainingData)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the JVM wrote no archive at " + archive);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Reads the service's output until it says where it listens. The output goes to a file, not a pipe: Java 25's
     * JVM that writes the AOT cache after the service has exited would die writing to a pipe nobody reads.
     */
    private static int awaitPort(Process service, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            Matcher running = RUNNING.matcher(Files.readString(output, StandardCharsets.UTF_8));
            if (running.find()) {
                return Integer.parseInt(running.group(1));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start; its output:\n"
                + Files.readString(output, StandardCharsets.UTF_8));
    }

    private static void walkThroughTheApi(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        expect(http, HttpRequest.newBuilder(URI.create(base + "/health")).build(), 200);
        String login = expect(http, HttpRequest.newBuilder(URI.create(base + "/api/v0/login"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        String bearer = "Bearer " + field(login, "access_token");
        String datasets = base + "/api/v1/datasets";
        String created = expect(http, authorized(datasets, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"training_run\",\"encoder_name\":\"multimodal\","
                        + "\"metadata_fields_to_index\":[\"sku\"]}")).build(), 200);
        String dataset = datasets + "/" + field(created, "id");
        expect(http, authorized(datasets + "?limit=10&name_pattern=train*", bearer).build(), 200);
        expect(http, authorized(dataset, bearer).build(), 200);
        expect(http, authorized(dataset + "/config", bearer).build(), 200);
        expect(http, authorized(base + "/api/v1/encoders", bearer).build(), 200);
        expect(http, authorized(dataset, bearer).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"description\":\"trained\"}")).build(), 200);
        expect(http, authorized(datasets, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\"}")).build(), 422);
        expect(http, authorized(dataset, bearer).DELETE().build(), 200);
    }

    private static HttpRequest.Builder authorized(String url, String bearer) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer);
    }

    private static String expect(HttpClient http, HttpRequest request, int status) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ", not " + status + ": " + response.body());
        }
        return response.body();
    }

    /** A top-level string field of a JSON object; enough for the two answers read here. */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
