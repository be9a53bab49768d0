package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.corpora.persistence.testing.H2TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract and its docs pages, open without a token: the spec as YAML and JSON, Swagger UI and Redoc with
 * every file they load served from the jar, while the API itself still wants a bearer token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsSystemTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    private H2TestDatabase database;
    private RunningCorpora corpora;

    @BeforeAll
    void start() {
        database = new H2TestDatabase();
        corpora = new RunningCorpora(database);
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void specAsYamlIsPublicAndIsTheApiSpecFile() {
        HttpResponse<String> response = get("/openapi.yml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/yaml");
        assertThat(response.body()).isEqualTo(specFile());
    }

    @Test
    void specAsJsonIsPublicAndIsTheSameDocument() throws IOException {
        HttpResponse<String> response = get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/json");
        assertThat(new ObjectMapper().readTree(response.body())).isEqualTo(new YAMLMapper().readTree(specFile()));
    }

    @Test
    void specAsJsonListsEveryOperation() throws IOException {
        Set<String> served = operationIds(new ObjectMapper().readTree(get("/openapi.json").body()));

        assertThat(served).isEqualTo(operationIds(new YAMLMapper().readTree(specFile())))
                .contains("createDataset", "getDatasets", "getDatasetById", "updateDatasetById",
                        "deleteDatasetById", "getDatasetConfig", "listAvailableEncoders", "login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/redoc"})
    void docsPageIsPublicHtmlThatLoadsTheJsonSpec(String page) {
        HttpResponse<String> response = get(page);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("text/html;charset=utf-8");
        String ownScripts = assets(response.body()).stream().filter(asset -> !asset.contains("/assets/"))
                .map(asset -> RawHttp.send("GET", URI.create(corpora.baseUrl() + page).resolve(asset).toString(),
                        null, null).body())
                .reduce("", String::concat);
        assertThat(response.body() + ownScripts).contains("openapi.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/redoc"})
    void everyFileADocsPageLoadsIsServedWithoutToken(String page) {
        List<String> assets = assets(get(page).body());
        assertThat(assets).isNotEmpty();

        for (String asset : assets) {
            assertThat(asset).as("from this service, not a CDN").doesNotContain("//");
            String url = URI.create(corpora.baseUrl() + page).resolve(asset).toString();
            HttpResponse<String> response = RawHttp.send("GET", url, null, null);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(contentType(response)).as(url).isEqualTo(expectedType(asset));
        }
    }

    @Test
    void swaggerUiLoadsItsBundleAndStyles() {
        assertThat(assets(get("/docs").body()))
                .anyMatch(asset -> asset.endsWith("/swagger-ui-bundle.js"))
                .anyMatch(asset -> asset.endsWith("/swagger-ui.css"));
        assertThat(assets(get("/redoc").body())).anyMatch(asset -> asset.endsWith("/redoc.standalone.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/redoc"})
    void pageWithTrailingSlashRedirectsToThePage(String page) {
        HttpResponse<String> response = get(page + "/");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(URI.create(corpora.baseUrl() + page + "/")
                .resolve(response.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/datasets", "/api/v1/encoders",
        "/api/v1/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/config"})
    void theApiStillNeedsAToken(String path) {
        assertThat(get(path).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) {
        return RawHttp.send("GET", corpora.baseUrl() + path, null, null);
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
    }

    private static String expectedType(String asset) {
        if (asset.endsWith(".js")) {
            return "application/javascript";
        }
        if (asset.endsWith(".css")) {
            return "text/css";
        }
        if (asset.endsWith(".png")) {
            return "image/png";
        }
        throw new AssertionError("a docs page loads a file of unexpected type: " + asset);
    }

    private static List<String> assets(String html) {
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        return assets;
    }

    private static Set<String> operationIds(JsonNode spec) {
        Set<String> ids = new TreeSet<>();
        spec.get("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId")) {
                ids.add(operation.get("operationId").asText());
            }
        }));
        return ids;
    }

    private static String specFile() {
        try (InputStream in = ApiDocsSystemTest.class.getClassLoader().getResourceAsStream("openapi.yml")) {
            assertThat(in).as("openapi.yml from the api-spec jar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
