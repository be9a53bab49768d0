package dev.corpora.api.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Whether a newer spec still serves the clients of an older one: openapi-diff's verdict (removed paths and
 * operations, new required request fields, narrowed types, ...) plus our own checks for what it lets through:
 * a removed enum value (in a response, or in a component no operation uses) and a removed optional field of a
 * response, which a client may well read.
 */
final class ContractCompatibility {
    private ContractCompatibility() {
    }

    /** What the newer spec breaks; empty when it is compatible. */
    static Verdict compare(Path older, Path newer) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(older.toString(), newer.toString());
        String openapiDiff = diff.isIncompatible() ? markdown(diff) : null;
        SpecPlaces before = SpecPlaces.of(parse(older));
        SpecPlaces after = SpecPlaces.of(parse(newer));
        return new Verdict(openapiDiff, removedFields(before, after), removedEnumValues(before, after));
    }

    static List<String> removedFields(SpecPlaces older, SpecPlaces newer) {
        Set<String> removed = new TreeSet<>(older.fields());
        removed.removeAll(newer.fields());
        return List.copyOf(removed);
    }

    static List<String> removedEnumValues(SpecPlaces older, SpecPlaces newer) {
        Map<String, Set<String>> before = older.enumValues();
        Map<String, Set<String>> after = newer.enumValues();
        List<String> removed = new ArrayList<>();
        before.forEach((place, values) -> {
            Set<String> gone = new LinkedHashSet<>(values);
            gone.removeAll(after.getOrDefault(place, Set.of()));
            if (!gone.isEmpty()) {
                removed.add(place + (after.containsKey(place) ? " lost " + gone : " is gone, with " + gone));
            }
        });
        return removed;
    }

    static OpenAPI parse(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(spec.toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException(spec + " does not parse: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param openapiDiff openapi-diff's report when it judged the change incompatible, else null
     * @param removedFields the place of each field that is gone (see {@link SpecPlaces})
     * @param removedEnumValues each place that lost enum values, and which
     */
    record Verdict(String openapiDiff, List<String> removedFields, List<String> removedEnumValues) {
        boolean compatible() {
            return openapiDiff == null && removedFields.isEmpty() && removedEnumValues.isEmpty();
        }

        String explain() {
            StringBuilder text = new StringBuilder();
            if (openapiDiff != null) {
                text.append("openapi-diff finds incompatible changes:\n").append(openapiDiff).append('\n');
            }
            if (!removedFields.isEmpty()) {
                text.append("fields removed:\n  ").append(String.join("\n  ", removedFields)).append('\n');
            }
            if (!removedEnumValues.isEmpty()) {
                text.append("enum values removed:\n  ").append(String.join("\n  ", removedEnumValues)).append('\n');
            }
            return text.toString();
        }
    }
}
