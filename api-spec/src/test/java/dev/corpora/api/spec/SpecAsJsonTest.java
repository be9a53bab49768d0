package dev.corpora.api.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar's {@code openapi.json}, which the service reads and serves, is the working {@code openapi.yml} as the
 * build left it: the same document, its paths in the order written, numbers and booleans as the YAML types them.
 */
class SpecAsJsonTest {
    private static final Path WORKING = Path.of("src/main/resources/openapi.yml");

    @Test
    void jsonOnTheClasspathIsTheWorkingYaml() throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(WORKING.toFile());
        JsonNode json = shipped();

        assertThat(json).isEqualTo(yaml);
        assertThat(fieldNames(json.get("paths"))).isEqualTo(fieldNames(yaml.get("paths")));
        assertThat(json.at("/info/title").asText()).isNotBlank();
    }

    private static JsonNode shipped() throws IOException {
        try (InputStream in = SpecAsJsonTest.class.getClassLoader().getResourceAsStream("openapi.json")) {
            assertThat(in).as("openapi.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder names = new StringBuilder();
        node.fieldNames().forEachRemaining(name -> names.append(name).append('\n'));
        return names.toString();
    }
}
