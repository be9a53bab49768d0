package dev.corpora.bootstrap.system;

import static dev.corpora.bootstrap.system.RunningCorpora.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.H2TestDatabase;
import dev.corpora.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The edges of a request that the generated client never reaches: JSON of the wrong scalar type, bodies that are
 * too large or not JSON, routes and methods that do not exist, and a database that has gone away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestEdgesSystemTest {
    private static final String MULTIMODAL_ID = "2ef58577-557b-5edf-8ad8-8cf6254c0480";
    /** A config's two maps as they must be for multimodal and both asset types. */
    private static final String CONFIG_MAPS = "\"embedding_id\":{\"image\":\"" + MULTIMODAL_ID + "\",\"video\":\""
            + MULTIMODAL_ID + "\"},\"encoder_name\":{\"image\":\"multimodal\",\"video\":\"multimodal\"}";

    private H2TestDatabase database;
    private RunningCorpora corpora;
    private String writer;

    @BeforeAll
    void start() {
        database = new H2TestDatabase();
        corpora = new RunningCorpora(database);
        corpora.addClient("writer", "writer-secret", RunningCorpora.ORG, Set.of(Role.WRITER));
        writer = "Bearer " + corpora.login("writer", "writer-secret");
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void aStringForABooleanIsBoolParsing() {
        assertProblem(create("\"store_original\":\"yes\""), "[\"body\",\"store_original\"]", "bool_parsing");
        assertProblem(create("\"store_preview\":1"), "[\"body\",\"store_preview\"]", "bool_parsing");
    }

    @Test
    void aNumberForAStringIsStringType() {
        assertProblem(post("{\"name\":5,\"encoder_name\":\"multimodal\"}"), "[\"body\",\"name\"]", "string_type");
        assertProblem(create("\"description\":true"), "[\"body\",\"description\"]", "string_type");
    }

    @Test
    void aStringOrBooleanForANumberIsFloatParsing() {
        assertProblem(create("\"keyframe_uniform_fps_sampling_rate\":\"fast\""),
                "[\"body\",\"keyframe_uniform_fps_sampling_rate\"]", "float_parsing");
        assertProblem(create("\"keyframe_uniform_fps_sampling_rate\":true"),
                "[\"body\",\"keyframe_uniform_fps_sampling_rate\"]", "float_parsing");
        assertProblem(create("\"keyframe_uniform_fps_sampling_rate\":\"0.5\""),
                "[\"body\",\"keyframe_uniform_fps_sampling_rate\"]", "float_parsing");
    }

    @Test
    void aWrongScalarInsideAListIsNamedByItsIndex() {
        assertProblem(create("\"metadata_fields_to_index\":[\"a\",5]"),
                "[\"body\",\"metadata_fields_to_index\",1]", "string_type");
    }

    @Test
    void aWrongScalarInsideNestedMapsIsNamedByItsKeys() {
        assertProblem(create("\"dataset_config\":{" + CONFIG_MAPS + ","
                        + "\"hybrid_search\":{\"weights\":{\"image\":\"heavy\",\"video\":1}}}"),
                "[\"body\",\"dataset_config\",\"hybrid_search\",\"weights\",\"image\"]", "float_parsing");
        assertProblem(create("\"dataset_config\":{\"embedding_id\":{},\"encoder_name\":{\"image\":7}}"),
                "[\"body\",\"dataset_config\",\"encoder_name\",\"image\"]", "string_type");
    }

    @Test
    void aBadUuidInsideAMapIsNamedByItsKey() {
        assertProblem(create("\"dataset_config\":{\"embedding_id\":{\"image\":\"not-a-uuid\",\"video\":\""
                        + MULTIMODAL_ID + "\"},\"encoder_name\":{\"image\":\"multimodal\",\"video\":\"multimodal\"}}"),
                "[\"body\",\"dataset_config\",\"embedding_id\",\"image\"]", "uuid_parsing");
        assertProblem(create("\"dataset_id\":5"), "[\"body\",\"dataset_id\"]", "uuid_parsing");
    }

    @Test
    void aWrongJsonTypeForAListOrAnObjectIsNamed() {
        assertProblem(create("\"allowed_asset_types\":\"image\""), "[\"body\",\"allowed_asset_types\"]",
                "list_type");
        assertProblem(create("\"dataset_config\":\"x\""), "[\"body\",\"dataset_config\"]",
                "model_attributes_type");
        assertProblem(create("\"dataset_config\":{\"embedding_id\":[],\"encoder_name\":{\"image\":\"multimodal\","
                        + "\"video\":\"multimodal\"}}"),
                "[\"body\",\"dataset_config\",\"embedding_id\"]", "dict_type");
    }

    @Test
    void aFractionOrAStringForAnIntegerIsIntParsing() {
        String settings = "\"dataset_config\":{" + CONFIG_MAPS.replace("%", "%%") + ",\"extra_config\":"
                + "{\"composite_settings\":{\"scenes\":{\"maximum_slice_duration_seconds\":%s}}}}";
        String loc = "[\"body\",\"dataset_config\",\"extra_config\",\"composite_settings\",\"scenes\","
                + "\"maximum_slice_duration_seconds\"]";
        assertProblem(create(settings.formatted("1.5")), loc, "int_parsing");
        assertProblem(create(settings.formatted("\"3\"")), loc, "int_parsing");
    }

    @Test
    void aWrongScalarInTheLoginBodyIs422() {
        HttpResponse<String> response = RawHttp.send("POST", corpora.baseUrl() + "/api/v0/login",
                RunningCorpora.basic("writer", "writer-secret"), "{\"grant_type\":5}");
        assertProblem(response, "[\"body\",\"grant_type\"]", "string_type");
    }

    @Test
    void jsonNullStaysNullAndAnIntegerIsANumber() {
        String name = uniqueName("Nulls");
        HttpResponse<String> response = post("{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\","
                + "\"description\":null,\"metadata_fields_to_index\":null,\"dataset_config\":null,"
                + "\"keyframe_sampling_method\":\"uniform\",\"keyframe_uniform_fps_sampling_rate\":2,"
                + "\"store_original\":false}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"" + name + "\"", "\"description\":null",
                "\"keyframe_uniform_fps_sampling_rate\":2.0", "\"store_original\":false");
        String id = field(response.body(), "id");
        HttpResponse<String> read = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/datasets/" + id, writer, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(response.body());
    }

    @Test
    void aBodyThatIsJsonButNotAnObjectIs422() {
        assertProblem(post("[1,2]"), "[\"body\"]", "model_attributes_type");
        assertProblem(post("\"dataset\""), "[\"body\"]", "model_attributes_type");
        assertProblem(post("{\"name\":\"x\" \"encoder_name\":5}"), "[\"body\"]", "json_invalid");
    }

    @Test
    void aBodyOverTheSizeLimitIs413() {
        HttpResponse<String> response = post("{\"name\":\"" + uniqueName("Big") + "\",\"encoder_name\":"
                + "\"multimodal\",\"description\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertDetail(response);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = RawHttp.exchange(HttpRequest.newBuilder(uri("/api/v1/datasets"))
                .header("Authorization", writer).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=plain")));
        assertThat(response.statusCode()).isEqualTo(415);
        assertDetail(response);
    }

    @Test
    void anUnknownRouteIs404() {
        HttpResponse<String> response = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/nothing-here", writer,
                null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertDetail(response);
    }

    @Test
    void aMethodTheRouteDoesNotTakeIs405() {
        HttpResponse<String> response = RawHttp.send("PUT", corpora.baseUrl() + "/api/v1/datasets", writer, "{}");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
                allowed -> assertThat(allowed).contains("GET", "POST"));
        assertDetail(response);
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() throws SQLException {
        try (KeptDatabase database = KeptDatabase.create(); ApplicationContext service = startOn(database)) {
            String url = datasetUrl(service);
            String token = adminToken(service);
            assertThat(RawHttp.send("GET", url, token, null).statusCode()).isEqualTo(404);

            database.execute("SHUTDOWN");

            // at once: the pool hands out a connection the shutdown has broken
            assertUnavailable(RawHttp.send("GET", url, token, null));
            // later: the pool checks its connections, finds none alive, cannot open one and times out
            pause(Duration.ofMillis(700));
            assertUnavailable(RawHttp.send("GET", url, token, null));
        }
    }

    @Test
    void aFailingQueryIs500WithTheContractsBody() throws SQLException {
        try (KeptDatabase database = KeptDatabase.create(); ApplicationContext service = startOn(database)) {
            String url = datasetUrl(service);
            String token = adminToken(service);

            database.execute("DROP TABLE datasets");

            HttpResponse<String> response = RawHttp.send("GET", url, token, null);
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Retry-After")).isEmpty();
            assertThat(response.body()).isEqualTo("{\"detail\":\"Internal server error\"}");
        }
    }

    /**
     * A fresh in-memory database, alive from the first connection until {@code SHUTDOWN}. The service joins it
     * with {@code IFEXISTS}, so once it is shut down the service cannot create a fresh empty one in its place: the
     * database is really gone.
     */
    private record KeptDatabase(TestDatabase database, Connection connection) implements AutoCloseable {
        static KeptDatabase create() throws SQLException {
            TestDatabase database = new H2TestDatabase();
            return new KeptDatabase(database,
                    DriverManager.getConnection(database.url(), database.username(), database.password()));
        }

        void execute(String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
            database.close();
        }
    }

    /** Corpora on the kept database, started as {@link RunningCorpora} starts it, with a short pool timeout. */
    private static ApplicationContext startOn(KeptDatabase kept) {
        Map<String, Object> properties = new HashMap<>(kept.database().properties());
        properties.put("datasources.default.url", kept.database().url() + ";IFEXISTS=TRUE");
        properties.put("datasources.default.connection-timeout", 500);
        properties.put("micronaut.server.port", -1);
        properties.put("corpora.jwt.secret", RunningCorpora.JWT_SECRET);
        properties.put("corpora.bootstrap-client.client-id", RunningCorpora.ADMIN_ID);
        properties.put("corpora.bootstrap-client.client-secret", RunningCorpora.ADMIN_SECRET);
        properties.put("corpora.bootstrap-client.org-id", RunningCorpora.ORG);
        try {
            properties.put("corpora.data-dir", Files.createTempDirectory("corpora-edges").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RunningCorpora.startOnAFreeManagementPort(properties);
    }

    private static String baseUrl(ApplicationContext service) {
        return "http://localhost:" + service.getBean(EmbeddedServer.class).getPort();
    }

    private static String datasetUrl(ApplicationContext service) {
        return baseUrl(service) + "/api/v1/datasets/" + UUID.randomUUID();
    }

    private static String adminToken(ApplicationContext service) {
        HttpResponse<String> login = RawHttp.send("POST", baseUrl(service) + "/api/v0/login",
                RunningCorpora.basic(RunningCorpora.ADMIN_ID, RunningCorpora.ADMIN_SECRET), null);
        return "Bearer " + field(login.body(), "access_token");
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertDetail(response);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A create request with the two required fields and the given extra members. */
    private HttpResponse<String> create(String members) {
        return post("{\"name\":\"" + uniqueName("Edge") + "\",\"encoder_name\":\"multimodal\"," + members + "}");
    }

    private HttpResponse<String> post(String json) {
        return RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", writer, json);
    }

    private URI uri(String path) {
        return URI.create(corpora.baseUrl() + path);
    }

    private static void assertProblem(HttpResponse<String> response, String loc, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).as("one problem, at %s, of type %s", loc, type)
                .startsWith("{\"detail\":[{\"loc\":" + loc + ",")
                .endsWith(",\"type\":\"" + type + "\"}]}");
    }

    private static void assertDetail(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).matches("\\{\"detail\":\"[^\"]+\"}");
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
