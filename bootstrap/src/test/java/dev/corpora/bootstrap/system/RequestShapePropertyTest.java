package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.H2TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.core.Gen;

/**
 * Requests generated from the spec, valid and broken, against the running service: never a 5xx; a valid request
 * is accepted; a broken one is a 422 that names at least every problem put into it, where it was put. 2,100
 * cases a run (QuickTheories prints the seed of a failing one).
 *
 * <p>Valid bodies keep the business rules too (a fresh name, metadata fields listed once and not blank, no
 * config, no chosen id), so that "valid" means the service must say yes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestShapePropertyTest {
    /** Escapes what is not ASCII, so a lone surrogate reaches the service as the JSON escape it is meant to be. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final AtomicLong NAMES = new AtomicLong();
    private static final List<String> NOT_GENERATED = List.of("dataset_config", "dataset_id");
    private static final List<String> QUERY_BOOLEANS = List.of("true", "false", "1", "0", "yes", "NO", "on", "Off",
            "t", "F", "y", "n");

    private H2TestDatabase database;
    private RunningCorpora corpora;
    private String writer;
    private String datasetUrl;

    @BeforeAll
    void start() {
        database = new H2TestDatabase();
        corpora = new RunningCorpora(database);
        corpora.addClient("pbt-writer", "pbt-secret", RunningCorpora.ORG, Set.of(Role.WRITER));
        writer = "Bearer " + corpora.login("pbt-writer", "pbt-secret");
        HttpResponse<String> created = send("POST", "/api/v1/datasets",
                "{\"name\":\"" + freshName() + "\",\"encoder_name\":\"multimodal\"}");
        datasetUrl = "/api/v1/datasets/" + read(created.body()).path("id").asText();
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void createBodiesFromTheSpec() {
        qt().withExamples(600).forAll(bodies("DatasetCreateRequest"))
                .checkAssert(body -> check(body, send("POST", "/api/v1/datasets", body.text())));
    }

    @Test
    void updateBodiesFromTheSpec() {
        qt().withExamples(400).forAll(bodies("DatasetUpdateRequest"))
                .checkAssert(body -> check(body, send("PATCH", datasetUrl, body.text())));
    }

    @Test
    void listingQueriesFromTheSpec() {
        qt().withExamples(800).forAll(listingQueries())
                .checkAssert(query -> check(query, send("GET", "/api/v1/datasets?" + query.text(), null)));
    }

    @Test
    void anyTextAsABodyIsNeverAServerError() {
        Gen<String> text = in -> {
            Pick pick = new Pick(in);
            return pick.percent(50) ? pick.anyText(0, 60) : pick.text("{}[]\":,0123456789.-+eEtruefalsn \\u", 0, 60);
        };
        qt().withExamples(300).forAll(text).checkAssert(body -> {
            HttpResponse<String> response = send("POST", "/api/v1/datasets", body);
            assertThat(response.statusCode()).as("%s -> %s", body, response.body()).isLessThan(500).isNotEqualTo(400);
        });
    }

    /** A request's body or query string, and the locations of the problems put into it (none: valid). */
    record Case(String text, Set<List<Object>> broken) {
        @Override
        public String toString() {
            return text + " broken at " + broken;
        }
    }

    private Gen<Case> bodies(String schema) {
        List<String> properties = SpecShapes.properties(schema);
        List<String> required = SpecShapes.required(schema);
        return in -> {
            Pick pick = new Pick(in);
            Map<String, Object> body = validBody(schema, properties, required, pick);
            Set<List<Object>> broken = new HashSet<>();
            if (pick.percent(60)) {
                for (int breaks = pick.between(1, 3); breaks > 0; breaks--) {
                    String property = pick.oneOf(properties);
                    List<Object> loc = new ArrayList<>(List.of("body", property));
                    if (required.contains(property) && pick.percent(30)) {
                        body.remove(property);
                    } else {
                        SpecValues.Wrong wrong = SpecValues.wrong(SpecShapes.property(schema, property), pick);
                        body.put(property, wrong.value());
                        loc.addAll(wrong.relativeLoc());
                    }
                    broken.removeIf(earlier -> earlier.get(1).equals(property));
                    broken.add(loc);
                }
            }
            return new Case(json(body), broken);
        };
    }

    /** Valid for the spec and for the business rules: a fresh name, distinct non-blank metadata fields. */
    private static Map<String, Object> validBody(String schema, List<String> properties, List<String> required,
                                                 Pick pick) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String property : properties) {
            if (NOT_GENERATED.contains(property) || (!required.contains(property) && pick.percent(50))) {
                continue;
            }
            body.put(property, switch (property) {
                case "name" -> freshName();
                case "metadata_fields_to_index", "metadata_fields_to_embed" -> pick.percent(20) ? null
                        : new ArrayList<>(distinctNames(pick));
                default -> SpecValues.valid(SpecShapes.property(schema, property), pick);
            });
        }
        return body;
    }

    private static Set<String> distinctNames(Pick pick) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (int count = pick.between(0, 5); count > 0; count--) {
            names.add(pick.text("abcdefghijklmnopqrstuvwxyz", 1, 12));
        }
        return names;
    }

    private Gen<Case> listingQueries() {
        return in -> {
            Pick pick = new Pick(in);
            StringBuilder query = new StringBuilder();
            Set<List<Object>> broken = new HashSet<>();
            for (SpecShapes.Parameter parameter : SpecShapes.listingParameters()) {
                int choice = pick.between(0, 9);
                if (choice < 5) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                if (choice < 9) {
                    int count = parameter.isArray() ? pick.between(1, 3) : 1;
                    for (int i = 0; i < count; i++) {
                        values.add(validQueryText(parameter.isArray() ? parameter.items() : parameter.schema(), pick));
                    }
                } else {
                    broken.add(wrongQueryValues(parameter, values, pick));
                }
                values.forEach(value -> query.append(query.length() == 0 ? "" : "&").append(parameter.name())
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
            return new Case(query.toString(), broken);
        };
    }

    private static String validQueryText(JsonNode schema, Pick pick) {
        if (schema.has("enum")) {
            return pick.oneOf(SpecValues.words(schema.get("enum")));
        }
        return switch (schema.path("type").asText()) {
            case "boolean" -> pick.oneOf(QUERY_BOOLEANS);
            case "integer" -> String.valueOf(pick.between(schema.path("minimum").asInt(0),
                    schema.path("maximum").asInt(100_000)));
            default -> switch (schema.path("format").asText()) {
                case "uuid" -> SpecValues.text(schema, pick);
                case "date-time" -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(
                        Instant.ofEpochSecond(pick.between(-2_000_000_000L, 4_000_000_000L)),
                        ZoneOffset.ofHours(pick.between(-12, 12))));
                default -> pick.anyText(0, 20);
            };
        };
    }

    /** Adds the values of a parameter, the last one wrong, and answers where the service must name it. */
    private static List<Object> wrongQueryValues(SpecShapes.Parameter parameter, List<String> values, Pick pick) {
        JsonNode schema = parameter.isArray() ? parameter.items() : parameter.schema();
        List<String> wrongs = new ArrayList<>();
        if (schema.has("enum")) {
            wrongs.add("not_one_of_them");
        } else if ("boolean".equals(schema.path("type").asText())) {
            wrongs.addAll(List.of("perhaps", "2", ""));
        } else if ("integer".equals(schema.path("type").asText())) {
            wrongs.addAll(List.of("abc", "1.5", "", "99999999999",
                    String.valueOf(schema.path("minimum").asInt(0) - 1)));
            if (schema.has("maximum")) {
                wrongs.add(String.valueOf(schema.get("maximum").asInt() + 1));
            }
        } else if ("uuid".equals(schema.path("format").asText())) {
            wrongs.addAll(List.of("x", "1-1-1-1-1"));
        } else if ("date-time".equals(schema.path("format").asText())) {
            wrongs.addAll(List.of("yesterday", "+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
                    "2026-02-30T00:00:00Z", "9999-12-31T23:00:00-05:00", "2026-01-01T00:00Z"));
        } else {
            wrongs.addAll(List.of("a\u0000", "x".repeat(schema.path("maxLength").asInt(300) + 1)));
        }
        if (!parameter.isArray()) {
            values.add(pick.oneOf(wrongs));
            return List.of("query", parameter.name());
        }
        int at = pick.between(0, 2);
        for (int i = 0; i < at; i++) {
            values.add(validQueryText(schema, pick));
        }
        values.add(pick.oneOf(wrongs));
        return List.of("query", parameter.name(), at);
    }

    private static void check(Case request, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s -> %s", request, response.body()).isLessThan(500);
        if (request.broken().isEmpty()) {
            assertThat(response.statusCode()).as("%s -> %s", request, response.body()).isEqualTo(200);
            return;
        }
        assertThat(response.statusCode()).as("%s -> %s", request, response.body()).isEqualTo(422);
        Set<List<Object>> named = new HashSet<>();
        for (JsonNode problem : read(response.body()).path("detail")) {
            List<Object> loc = new ArrayList<>();
            problem.path("loc").forEach(step -> loc.add(step.isInt() ? (Object) step.asInt() : step.asText()));
            named.add(loc);
        }
        assertThat(named).as("%s -> %s", request, response.body()).containsAll(request.broken());
    }

    private static String freshName() {
        return "Pbt_" + NAMES.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return RawHttp.send(method, corpora.baseUrl() + path, writer, body);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
