package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.KeywordFactory;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of {@code openapi.yml}, the spec the api-spec jar ships, with every parameter and body schema
 * compiled by the JSON Schema validator in OpenAPI 3.0's dialect. Read once, at start, from the JSON the api-spec
 * build makes of it ({@code openapi.json}, which reads in a fraction of the YAML's time): a spec that does not load
 * stops the service from starting.
 */
@Context
final class ApiContract {
    static final String RESOURCE = "openapi.json";
    private static final String IRI = "https://corpora.dev/openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<Operation> operations = new ArrayList<>();

    ApiContract() {
        this(read(RESOURCE));
    }

    ApiContract(JsonNode document) {
        this(document, UnknownKeywordFactory.getInstance());
    }

    /** {@code unknownKeywords} is told of every keyword in a schema that OpenAPI 3.0's dialect does not know. */
    ApiContract(JsonNode document, KeywordFactory unknownKeywords) {
        this.document = document;
        Dialect dialect = Dialect.builder(Dialects.getOpenApi30()).formats(ContractFormats.all())
                .unknownKeywordFactory(new DocumentFieldKeywords(unknownKeywords)).build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        String json = document.toString();
        this.schemas = SchemaRegistry.withDialect(dialect,
                builder -> builder.schemas(Map.of(IRI, json)).schemaRegistryConfig(config));
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                operations.add(operation(path.getKey(), method, path.getValue(), operation));
            }
        }));
    }

    /** The operation for a request, with the path's variables, or empty when the spec has none for it. */
    Optional<Match> match(String method, String path) {
        for (Operation operation : operations) {
            if (operation.method().equalsIgnoreCase(method)) {
                Optional<Map<String, String>> variables = operation.path().match(path);
                if (variables.isPresent()) {
                    return Optional.of(new Match(operation, variables.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The schema node at a JSON pointer of the document, with references followed. */
    JsonNode schemaAt(String pointer) {
        return References.follow(document, document.at(pointer));
    }

    record Match(Operation operation, Map<String, String> pathVariables) {
    }

    private Operation operation(String template, String method, JsonNode pathItem, JsonNode operation) {
        String pointer = "/paths/" + escape(template) + "/" + method;
        Map<String, Operation.Parameter> parameters = new LinkedHashMap<>();
        addParameters(parameters, pathItem.path("parameters"), "/paths/" + escape(template) + "/parameters");
        addParameters(parameters, operation.path("parameters"), pointer + "/parameters");
        return new Operation(operation.path("operationId").asText(), method, PathTemplate.of(template),
                List.copyOf(parameters.values()), body(operation.path("requestBody"), pointer + "/requestBody"));
    }

    private void addParameters(Map<String, Operation.Parameter> parameters, JsonNode declared, String pointer) {
        for (int i = 0; i < declared.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode parameter = declared.get(i);
            if (parameter.has("$ref")) {
                at = parameter.get("$ref").asText().substring(1);
                parameter = document.at(at);
            }
            Location in = Location.of(parameter.path("in").asText());
            String name = parameter.path("name").asText();
            JsonNode shape = References.follow(document, parameter.path("schema"));
            JsonNode itemShape = shape.has("items") ? References.follow(document, shape.get("items")) : null;
            parameters.put(in + ":" + name, new Operation.Parameter(name, in, parameter.path("required").asBoolean(),
                    shape, itemShape, schema(at + "/schema")));
        }
    }

    private Operation.Body body(JsonNode requestBody, String pointer) {
        if (requestBody.isMissingNode()) {
            return null;
        }
        String schemaPointer = pointer + "/content/application~1json/schema";
        if (document.at(schemaPointer).isMissingNode()) {
            throw new IllegalStateException(RESOURCE + ": " + pointer + " declares no application/json schema");
        }
        return new Operation.Body(requestBody.path("required").asBoolean(), schema(schemaPointer));
    }

    private Schema schema(String pointer) {
        if (document.at(pointer).isMissingNode()) {
            throw new IllegalStateException(RESOURCE + " has nothing at " + pointer);
        }
        return schemas.getSchema(SchemaLocation.of(IRI + "#" + pointer));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static JsonNode read(String resource) {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
