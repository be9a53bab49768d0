package dev.corpora.api.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every field and every enum of a spec, by where a client meets it: each component schema by name, and each
 * value of each operation (parameters, request and response bodies, response headers), following {@code $ref}s
 * so that moving an inline schema into a component keeps its places. What sits under {@code allOf},
 * {@code oneOf} and {@code anyOf} counts at the place of the schema that composes them. A place reads like
 * {@code GET /api/v1/datasets 200 application/json.data[].status} or
 * {@code #/components/schemas/DatasetResponse.status}.
 */
final class SpecPlaces {
    private final OpenAPI api;
    private final Map<String, Set<String>> enumValues = new TreeMap<>();
    private final Set<String> fields = new TreeSet<>();

    private SpecPlaces(OpenAPI api) {
        this.api = api;
    }

    static SpecPlaces of(OpenAPI api) {
        SpecPlaces places = new SpecPlaces(api);
        places.collect();
        return places;
    }

    /** The enum values at each place that has an enum. */
    Map<String, Set<String>> enumValues() {
        return enumValues;
    }

    /** The place of every property of every object schema. */
    Set<String> fields() {
        return fields;
    }

    private void collect() {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach((name, schema) -> schema("#/components/schemas/" + name,
                    schema, new HashSet<>()));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach(this::path);
        }
    }

    private void path(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> operation(method + " " + path, item, operation));
    }

    private void operation(String place, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        for (Parameter parameter : parameters) {
            Parameter resolved = component(parameter.get$ref(), "parameters", parameter);
            schema(place + " " + resolved.getIn() + " " + resolved.getName(), resolved.getSchema(), new HashSet<>());
        }
        if (operation.getRequestBody() != null) {
            RequestBody body = component(operation.getRequestBody().get$ref(), "requestBodies",
                    operation.getRequestBody());
            content(place + " request", body.getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> response(place + " " + status, response));
        }
    }

    private void response(String place, ApiResponse response) {
        ApiResponse resolved = component(response.get$ref(), "responses", response);
        content(place, resolved.getContent());
        if (resolved.getHeaders() != null) {
            resolved.getHeaders().forEach((name, header) -> {
                Header resolvedHeader = component(header.get$ref(), "headers", header);
                schema(place + " header " + name, resolvedHeader.getSchema(), new HashSet<>());
            });
        }
    }

    private void content(String place, Content content) {
        if (content != null) {
            content.forEach((type, media) -> schema(place + " " + type, media.getSchema(), new HashSet<>()));
        }
    }

    @SuppressWarnings("rawtypes")
    private void schema(String place, Schema schema, Set<String> followed) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            if (followed.add(schema.get$ref())) {
                schema(place, component(schema.get$ref(), "schemas", null), followed);
                followed.remove(schema.get$ref());
            }
            return;
        }
        if (schema.getEnum() != null) {
            Set<String> values = enumValues.computeIfAbsent(place, p -> new LinkedHashSet<>());
            schema.getEnum().forEach(value -> values.add(String.valueOf(value)));
        }
        for (List<Schema> composed : composedOf(schema)) {
            composed.forEach(part -> schema(place, part, followed));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                fields.add(place + "." + name);
                schema(place + "." + name, property, followed);
            });
        }
        schema(place + "[]", schema.getItems(), followed);
        if (schema.getAdditionalProperties() instanceof Schema values) {
            schema(place + "{}", values, followed);
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<List<Schema>> composedOf(Schema schema) {
        List<List<Schema>> composed = new ArrayList<>();
        for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (parts != null) {
                composed.add(parts);
            }
        }
        return composed;
    }

    /** The component a local {@code $ref} names, or the object itself when it is not a reference. */
    @SuppressWarnings("unchecked")
    private <T> T component(String ref, String kind, T inline) {
        if (ref == null) {
            return inline;
        }
        String prefix = "#/components/" + kind + "/";
        if (!ref.startsWith(prefix)) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        String name = ref.substring(prefix.length());
        Map<String, ?> components = switch (kind) {
            case "schemas" -> api.getComponents().getSchemas();
            case "parameters" -> api.getComponents().getParameters();
            case "requestBodies" -> api.getComponents().getRequestBodies();
            case "responses" -> api.getComponents().getResponses();
            case "headers" -> api.getComponents().getHeaders();
            default -> throw new IllegalArgumentException(kind);
        };
        Object found = components == null ? null : components.get(name);
        if (found == null) {
            throw new IllegalArgumentException("unresolved reference " + ref);
        }
        return (T) found;
    }
}
