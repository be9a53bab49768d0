package dev.corpora.bootstrap.system;

import static dev.corpora.bootstrap.system.RunningCorpora.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL dies under load and comes back. Every answer while it is down, and to every request in flight when it
 * dies, is a success that did not wait for it, or 503 with {@code Retry-After} and the contract's {@code {"detail"}}
 * body within 2 s, never a 500; within 5 s of the database coming back every request succeeds again, with no
 * restart of the service. Meanwhile the management port's readiness says {@code 503} and its liveness, which never
 * asks the database, {@code 200}. The test runs its own cluster ({@link ThrowawayPostgres}), since it must kill it:
 * it does not use the shared test server.
 */
class DatabaseOutageSystemTest {
    private static final int CLIENTS = 20;
    private static final Duration FAST = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final Duration HEALTHY_LOAD = Duration.ofMillis(1500);
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration THINK = Duration.ofMillis(5);
    private static final Duration AFTER_RECOVERY = Duration.ofSeconds(2);
    private static final Duration PROBED_OUTAGE = Duration.ofMillis(1500);
    private static final Pattern DETAIL = Pattern.compile("\\{\"detail\":\"[^\"]+\"}");

    @Test
    void anOutageUnderLoadIsAFast503AndTheServiceRecoversByItself() {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start();
             RunningCorpora corpora = new RunningCorpora(postgres, Map.of("corpora.deletion.interval", "5s"))) {
            Load load = new Load(corpora);
            long killedAt;
            long downAt;
            long restartAt;
            long upAt;
            try {
                load.start();
                pause(HEALTHY_LOAD);
                killedAt = System.nanoTime();
                postgres.kill();
                downAt = System.nanoTime();
                pause(OUTAGE);
                restartAt = System.nanoTime();
                postgres.startServer();
                upAt = System.nanoTime();
                pause(RECOVERY.plus(AFTER_RECOVERY));
            } finally {
                load.stop();
            }
            List<Exchange> exchanges = load.exchanges();
            System.out.println(summary(exchanges, killedAt, downAt, restartAt, upAt));

            List<Exchange> healthy = select(exchanges, e -> e.endedAt() < killedAt);
            assertThat(healthy).as("answers before the outage").isNotEmpty().allMatch(Exchange::succeeded);

            List<Exchange> hit = select(exchanges, e -> e.endedAt() >= killedAt && e.startedAt() < upAt);
            assertThat(select(hit, e -> !e.succeeded() && !e.unavailable()))
                    .as("answers in flight when PostgreSQL died or sent while it was down: 2xx or 503 with "
                            + "Retry-After and {\"detail\"}, never anything else").isEmpty();
            assertThat(select(hit, e -> !e.succeeded() && e.took().compareTo(FAST) > 0))
                    .as("refusals during the outage that took longer than %s", FAST).isEmpty();
            // a success does not wait for the database either; it may take a while on a busy machine, for a
            // login's secret hashing under the load's CPU, but not as long as the outage it would have waited out
            assertThat(select(hit, e -> e.succeeded() && e.took().compareTo(OUTAGE) >= 0))
                    .as("successes during the outage that took as long as it (%s)", OUTAGE).isEmpty();
            assertThat(select(hit, e -> e.startedAt() >= downAt && e.endedAt() < restartAt))
                    .as("answers while PostgreSQL was down").hasSizeGreaterThan(CLIENTS)
                    .allMatch(Exchange::unavailable);

            List<Exchange> recovered = select(exchanges, e -> e.startedAt() >= upAt + RECOVERY.toNanos());
            assertThat(recovered).as("answers from %s after PostgreSQL came back", RECOVERY)
                    .hasSizeGreaterThan(CLIENTS).allMatch(Exchange::succeeded);
            assertThat(select(exchanges, e -> e.startedAt() >= upAt && !e.succeeded() && !e.unavailable()))
                    .as("answers while the service recovers: 2xx or 503").isEmpty();
        }
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsLivenessStaysUpAndReadinessComesBackWithIt() {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start();
             RunningCorpora corpora = new RunningCorpora(postgres, Map.of("corpora.deletion.interval", "5s"))) {
            assertThat(probe(corpora, "/health/readiness").statusCode()).as("readiness before").isEqualTo(200);

            postgres.kill();

            HttpResponse<String> down = probeUntil(corpora, "/health/readiness", status -> status != 200, FAST);
            assertThat(down.statusCode()).as("readiness once PostgreSQL is down: %s", down.body()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("\"reachable\":false");
            long outageEnds = System.nanoTime() + PROBED_OUTAGE.toNanos();
            while (System.nanoTime() < outageEnds) {
                assertThat(probe(corpora, "/health/liveness").statusCode()).as("liveness during the outage")
                        .isEqualTo(200);
                assertThat(probe(corpora, "/health/readiness").statusCode()).as("readiness during the outage")
                        .isEqualTo(503);
                pause(Duration.ofMillis(100));
            }

            postgres.startServer();

            HttpResponse<String> up = probeUntil(corpora, "/health/readiness", status -> status == 200, RECOVERY);
            assertThat(up.statusCode()).as("readiness within %s of PostgreSQL's return: %s", RECOVERY, up.body())
                    .isEqualTo(200);
            assertThat(probe(corpora, "/health/liveness").statusCode()).as("liveness after").isEqualTo(200);
        }
    }

    private static HttpResponse<String> probe(RunningCorpora corpora, String path) {
        return RawHttp.send("GET", corpora.managementUrl() + path, null, null);
    }

    /** Probes until the answer's status is {@code wanted}, for at most {@code within}; the last answer. */
    private static HttpResponse<String> probeUntil(RunningCorpora corpora, String path, IntPredicate wanted,
            Duration within) {
        long giveUp = System.nanoTime() + within.toNanos();
        HttpResponse<String> answer = probe(corpora, path);
        while (!wanted.test(answer.statusCode()) && System.nanoTime() < giveUp) {
            pause(Duration.ofMillis(50));
            answer = probe(corpora, path);
        }
        return answer;
    }

    /** One request and its answer, or the failure to get one ({@code status} 0). */
    private record Exchange(String what, long startedAt, long endedAt, int status, Optional<String> retryAfter,
            String contentType, String body) {
        boolean succeeded() {
            return status / 100 == 2;
        }

        boolean unavailable() {
            return status == 503 && retryAfter.filter(seconds -> seconds.matches("[1-9][0-9]*")).isPresent()
                    && contentType.startsWith("application/json") && DETAIL.matcher(body).matches();
        }

        Duration took() {
            return Duration.ofNanos(endedAt - startedAt);
        }

        @Override
        public String toString() {
            return what + " -> " + status + " in " + took().toMillis() + " ms, Retry-After " + retryAfter.orElse("-")
                    + ", " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
        }
    }

    /** {@value #CLIENTS} clients, each sending one request after another: reads, listings, creates, logins. */
    private static final class Load {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
        private final CountDownLatch stopped = new CountDownLatch(1);
        private final String baseUrl;
        private final String bearer;
        private final String datasetUrl;

        Load(RunningCorpora corpora) {
            baseUrl = corpora.baseUrl();
            bearer = corpora.adminBearer();
            Exchange created = create();
            assertThat(created.succeeded()).as(created.toString()).isTrue();
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
            assertThat(id.find()).as(created.body()).isTrue();
            datasetUrl = baseUrl + "/api/v1/datasets/" + id.group(1);
        }

        void start() {
            for (int client = 0; client < CLIENTS; client++) {
                int self = client;
                clients.execute(() -> {
                    try {
                        for (int round = 0; !stopped.await(THINK.toMillis(), TimeUnit.MILLISECONDS); round++) {
                            exchanges.add(next(self, round));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }

        /** Mostly reads, a create in three; one client also logs in now and then (its hash costs real CPU). */
        private Exchange next(int client, int round) {
            if (client == 0 && round % 10 == 0) {
                return exchange("login", HttpRequest.newBuilder(URI.create(baseUrl + "/api/v0/login"))
                        .header("Authorization", RunningCorpora.basic(RunningCorpora.ADMIN_ID,
                                RunningCorpora.ADMIN_SECRET))
                        .POST(HttpRequest.BodyPublishers.noBody()));
            }
            return switch ((client + round) % 3) {
                case 0 -> exchange("read", authorized(datasetUrl).GET());
                case 1 -> exchange("list", authorized(baseUrl + "/api/v1/datasets?limit=20").GET());
                default -> create();
            };
        }

        private Exchange create() {
            return exchange("create", authorized(baseUrl + "/api/v1/datasets")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + uniqueName("Outage")
                            + "\",\"encoder_name\":\"multimodal\"}")));
        }

        private HttpRequest.Builder authorized(String url) {
            return HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer);
        }

        private Exchange exchange(String what, HttpRequest.Builder request) {
            long startedAt = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(15)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Exchange(what, startedAt, System.nanoTime(), response.statusCode(),
                        response.headers().firstValue("Retry-After"),
                        response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (IOException failure) {
                return new Exchange(what, startedAt, System.nanoTime(), 0, Optional.empty(), "",
                        failure.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Exchange(what, startedAt, System.nanoTime(), 0, Optional.empty(), "", e.toString());
            }
        }

        void stop() {
            stopped.countDown();
            clients.shutdown();
            try {
                assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("the load stops").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        List<Exchange> exchanges() {
            return new ArrayList<>(exchanges);
        }
    }

    /** What the test measured, printed for whoever tunes the timeouts. */
    private static String summary(List<Exchange> exchanges, long killedAt, long downAt, long restartAt, long upAt) {
        List<Exchange> hit = select(exchanges, e -> e.endedAt() >= killedAt && e.startedAt() < upAt);
        Map<Integer, Long> statuses = hit.stream().collect(
                Collectors.groupingBy(Exchange::status, TreeMap::new, Collectors.counting()));
        long[] millis = hit.stream().mapToLong(e -> e.took().toMillis()).sorted().toArray();
        long lastFailure = select(exchanges, e -> !e.succeeded()).stream().mapToLong(Exchange::endedAt).max()
                .orElse(upAt);
        return "Database outage under load: " + exchanges.size() + " requests; pg_ctl stop took "
                + TimeUnit.NANOSECONDS.toMillis(downAt - killedAt) + " ms, start "
                + TimeUnit.NANOSECONDS.toMillis(upAt - restartAt) + " ms; in flight at the kill or sent until "
                + "PostgreSQL was back: " + statuses + " by status, median " + percentile(millis, 50) + " ms, p99 "
                + percentile(millis, 99) + " ms, slowest " + percentile(millis, 100) + " ms; the last failure "
                + "answered " + TimeUnit.NANOSECONDS.toMillis(lastFailure - upAt) + " ms after PostgreSQL was back";
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private static List<Exchange> select(List<Exchange> exchanges, Predicate<Exchange> which) {
        return exchanges.stream().filter(which).toList();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
