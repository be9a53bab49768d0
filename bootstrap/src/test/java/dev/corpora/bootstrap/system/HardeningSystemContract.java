package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service as an attacker and an operator probe it: hostile credentials and tokens, the anonymous surface,
 * connection abuse. Each probe checks the answer's status and shape, and that it stored or changed nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HardeningSystemContract {
    private static final long NOW = System.currentTimeMillis() / 1000;
    private static final int AT_ONCE = 16;

    private TestDatabase database;
    private RunningCorpora corpora;
    private String admin;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        corpora = new RunningCorpora(database, Map.of("corpora.http.header-read-timeout", "2s"));
        admin = corpora.adminBearer();
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void aNulInTheBasicClientIdIsUnauthorized() {
        HttpResponse<String> login = RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                RunningCorpora.basic("admin\u0000client", RunningCorpora.ADMIN_SECRET), null);

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(login.body()).contains("\"detail\"").doesNotContain("access_token");
    }

    @Test
    void wrongSecretsForOneClientInARowAreThrottled() {
        String client = RunningCorpora.uniqueName("guessed");
        corpora.addClient(client, "the-right-secret", RunningCorpora.ORG, Set.of(Role.READER));
        List<Integer> statuses = new java.util.ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 15; i++) {
            last = RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                    RunningCorpora.basic(client, "guess-" + i), null);
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 15)).containsOnly(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(last.body()).contains("\"detail\"");
        HttpResponse<String> right = RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                RunningCorpora.basic(client, "the-right-secret"), null);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).doesNotContain("access_token");
    }

    @Test
    void everyAuthenticatedAnswerSaysWhatIsLeftOfTheAllowance() {
        HttpResponse<String> encoders = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/encoders", admin, null);
        HttpResponse<String> notFound = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/datasets/"
                + java.util.UUID.randomUUID(), admin, null);

        for (HttpResponse<String> answer : List.of(encoders, notFound)) {
            assertThat(answer.headers().firstValue("RateLimit-Limit")).hasValue("6000");
            assertThat(answer.headers().firstValue("RateLimit-Remaining")).hasValueSatisfying(
                    remaining -> assertThat(Long.parseLong(remaining)).isBetween(0L, 5999L));
            assertThat(answer.headers().firstValue("RateLimit-Reset")).hasValueSatisfying(
                    reset -> assertThat(Long.parseLong(reset)).isPositive());
        }
    }

    @Test
    void anOrganizationPastItsAllowanceIsRefusedAndNothingIsStored() {
        try (RunningCorpora limited = new RunningCorpora(database, Map.of("corpora.rate-limit.requests", 3,
                "corpora.rate-limit.window", "1h", "corpora.rate-limit.sync-requests", 0))) {
            String org = RunningCorpora.uniqueName("org-limited");
            String token = "Bearer " + Tokens.signed("{\"sub\":\"someone\",\"org_id\":\"" + org
                    + "\",\"roles\":[\"writer\"],\"iss\":\"corpora\",\"aud\":\"corpora\",\"iat\":" + NOW
                    + ",\"exp\":" + (NOW + 3600) + "}", RunningCorpora.JWT_SECRET);
            List<String> remaining = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> allowed = RawHttp.send("GET", limited.baseUrl() + "/api/v1/encoders", token,
                        null);
                assertThat(allowed.statusCode()).isEqualTo(200);
                remaining.add(allowed.headers().firstValue("RateLimit-Remaining").orElseThrow());
            }
            String name = RunningCorpora.uniqueName("Refused");
            HttpResponse<String> refused = RawHttp.send("POST", limited.baseUrl() + "/api/v1/datasets", token,
                    "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\"}");

            assertThat(remaining).containsExactly("2", "1", "0");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
            assertThat(refused.body()).contains("\"detail\"");
            assertThat(storedWithName(name)).isZero();
        }
    }

    @Test
    void manyFirstRequestsOfANewOrganizationAtOnceAreAllAnswered() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int i = 0; i < 5; i++) {
                String token = "Bearer " + token("someone", "\"" + RunningCorpora.uniqueName("org-new") + "\"",
                        "[\"reader\"]");
                CyclicBarrier start = new CyclicBarrier(AT_ONCE);
                List<Future<Integer>> statuses = new java.util.ArrayList<>();
                for (int request = 0; request < AT_ONCE; request++) {
                    statuses.add(clients.submit(() -> {
                        start.await();
                        return RawHttp.send("GET", corpora.baseUrl() + "/api/v1/encoders", token, null)
                                .statusCode();
                    }));
                }

                for (Future<Integer> status : statuses) {
                    assertThat(status.get(1, TimeUnit.MINUTES)).isEqualTo(200);
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void theLoginAnswerIsNeverCached() {
        HttpResponse<String> login = RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                RunningCorpora.basic(RunningCorpora.ADMIN_ID, RunningCorpora.ADMIN_SECRET), null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void tokensThatBreakAClaimRuleAuthenticateNoOne() {
        Map<String, String> tokens = Map.ofEntries(
                Map.entry("no exp", claims("\"iat\":" + NOW)),
                Map.entry("nbf an hour ahead", claims("\"exp\":" + (NOW + 7200) + ",\"nbf\":" + (NOW + 3600))),
                Map.entry("iat in the future", claims("\"exp\":" + (NOW + 7200) + ",\"iat\":" + (NOW + 300))),
                Map.entry("roles [null]", token("someone", "\"" + RunningCorpora.ORG + "\"", "[null]")),
                Map.entry("roles a string", token("someone", "\"" + RunningCorpora.ORG + "\"", "\"writer\"")),
                Map.entry("an unknown role", token("someone", "\"" + RunningCorpora.ORG + "\"", "[\"root\"]")),
                Map.entry("NUL in sub", token("some\\u0000one", "\"" + RunningCorpora.ORG + "\"", "[\"writer\"]")),
                Map.entry("NUL in org_id", token("someone", "\"org\\u0000main\"", "[\"writer\"]")),
                Map.entry("org_id a list", token("someone", "[\"" + RunningCorpora.ORG + "\"]", "[\"writer\"]")),
                Map.entry("org_id an object", token("someone", "{\"id\":\"" + RunningCorpora.ORG + "\"}", "[\"writer\"]")),
                Map.entry("org_id a number", token("someone", "42", "[\"writer\"]")),
                Map.entry("empty sub", token("", "\"" + RunningCorpora.ORG + "\"", "[\"writer\"]")));

        tokens.forEach((why, token) -> {
            String name = RunningCorpora.uniqueName("Probe");
            HttpResponse<String> create = RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets",
                    "Bearer " + token, "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\"}");

            assertThat(create.statusCode()).as(why).isEqualTo(401);
            RawResponses.isBearerChallenge(create);
            assertThat(namesListed()).as(why).doesNotContain(name);
        });
    }

    @Test
    void aTokenThatKeepsEveryRuleIsAccepted() {
        HttpResponse<String> encoders = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/encoders",
                "Bearer " + token("someone", "\"" + RunningCorpora.ORG + "\"", "[\"reader\"]"), null);

        assertThat(encoders.statusCode()).isEqualTo(200);
    }

    @Test
    void managementEndpointsAreNotServedEvenWithAToken() {
        for (String path : List.of("/beans", "/routes", "/info", "/threaddump", "/env", "/loggers", "/metrics",
                "/refresh", "/health/liveness", "/health/readiness")) {
            for (String method : List.of("GET", "POST")) {
                HttpResponse<String> answer = RawHttp.send(method, corpora.baseUrl() + path, admin,
                        "POST".equals(method) ? "{}" : null);

                assertThat(answer.statusCode()).as(method + " " + path).isIn(404, 405);
                assertThat(answer.body()).as(path).doesNotContain("at io.").doesNotContain("Exception");
            }
        }
    }

    @Test
    void healthSaysUpAndNothingElse() {
        for (String authorization : new String[] {null, admin}) {
            HttpResponse<String> health = RawHttp.send("GET", corpora.baseUrl() + "/health", authorization, null);

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void docsPagesForbidSniffingFramingAndForeignScripts() {
        for (String page : List.of("/docs", "/redoc")) {
            HttpResponse<String> answer = RawHttp.exchange(HttpRequest.newBuilder(
                    URI.create(corpora.baseUrl() + page)).GET());

            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(
                    policy -> assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'")
                            .doesNotContain("unsafe-eval"));
            assertThat(answer.body()).as(page).doesNotContain("<script>");
        }
    }

    @Test
    void anHttp11RequestWithoutHostIsRefused() throws IOException {
        String answer = raw("GET /api/v1/encoders HTTP/1.1\r\nAuthorization: " + admin + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"detail\"").doesNotContain("\"encoders\"");
    }

    @Test
    void aRequestWithBothContentLengthAndTransferEncodingIsRefusedAndStoresNothing() throws IOException {
        String name = RunningCorpora.uniqueName("Smuggled");
        String body = "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\"}";
        String chunked = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";

        String answer = raw("POST /api/v1/datasets HTTP/1.1\r\nHost: corpora\r\nAuthorization: " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunked);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"detail\"").containsIgnoringCase("connection: close");
        assertThat(namesListed()).doesNotContain(name);
    }

    @Test
    void aConnectionThatTricklesItsHeadersIsClosed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /api/v1/encoders HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            boolean closed = false;
            for (int i = 0; i < 20 && !closed; i++) {
                try {
                    out.write(("X-Trickle-" + i + ": x\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    closed = in.read() == -1;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing to read yet: keep trickling
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertThat(closed).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private List<String> namesListed() {
        HttpResponse<String> list = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/datasets?limit=1000", admin,
                null);
        assertThat(list.statusCode()).isEqualTo(200);
        return java.util.regex.Pattern.compile("\"name\":\"([^\"]*)\"").matcher(list.body()).results()
                .map(match -> match.group(1)).toList();
    }

    private int storedWithName(String name) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database.url(),
                database.username(), database.password());
             java.sql.PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM datasets WHERE name = ?")) {
            count.setString(1, name);
            try (java.sql.ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int port() {
        return URI.create(corpora.baseUrl()).getPort();
    }

    /** Corpora's own signature over the given claims, with the right issuer and audience. */
    private static String claims(String times) {
        return Tokens.signed("{\"sub\":\"someone\",\"org_id\":\"" + RunningCorpora.ORG
                + "\",\"roles\":[\"writer\"],\"iss\":\"corpora\",\"aud\":\"corpora\"," + times + "}",
                RunningCorpora.JWT_SECRET);
    }

    private static String token(String subject, String organizationJson, String rolesJson) {
        return Tokens.signed("{\"sub\":\"" + subject + "\",\"org_id\":" + organizationJson + ",\"roles\":"
                + rolesJson + ",\"iss\":\"corpora\",\"aud\":\"corpora\",\"iat\":" + NOW + ",\"exp\":" + (NOW + 3600)
                + "}", RunningCorpora.JWT_SECRET);
    }
}
