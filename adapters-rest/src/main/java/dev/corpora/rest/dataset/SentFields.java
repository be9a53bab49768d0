package dev.corpora.rest.dataset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the client really sent, where binding loses it. The generated models have plain fields, so {@code {}}
 * and {@code {"description": null}} bind alike: this filter reads a PATCH body's keys before binding, to tell
 * absent from null. And repeated query values are read as sent, since binding drops items it cannot convert.
 */
@ServerFilter("/api/v1/datasets/*")
final class SentFields {
    private static final String ATTRIBUTE = SentFields.class.getName();
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    SentFields(JsonMapper json) {
        this.json = json;
    }

    @RequestFilter
    void record(HttpRequest<?> request, @Body @Nullable String body) {
        if (request.getMethod() != HttpMethod.PATCH || body == null) {
            return;
        }
        try {
            Map<String, Object> fields = json.readValue(body, OBJECT);
            if (fields != null) {
                request.setAttribute(ATTRIBUTE, Set.copyOf(fields.keySet()));
            }
        } catch (IOException | RuntimeException notAnObject) {
            // binding the body reports it as the contract's 422
        }
    }

    /** Every value of a repeatable query parameter of the current request, as sent; {@code null} when absent. */
    static List<String> queryValues(String name) {
        List<String> values = ServerRequestContext.currentRequest()
                .map(request -> request.getParameters().getAll(name)).orElse(List.of());
        return values.isEmpty() ? null : values;
    }

    @SuppressWarnings("unchecked")
    static Set<String> ofCurrentRequest() {
        return ServerRequestContext.currentRequest().flatMap(request -> request.getAttribute(ATTRIBUTE, Set.class))
                .map(keys -> (Set<String>) keys).orElse(Set.of());
    }
}
