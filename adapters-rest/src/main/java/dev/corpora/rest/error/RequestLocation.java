package dev.corpora.rest.error;

import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Where in the request a route argument comes from, and which error word a failed conversion gets. */
final class RequestLocation {
    private RequestLocation() {
    }

    /** {@code ["path", "dataset_id"]}, {@code ["query", "limit"]}, {@code ["body"]}... */
    static List<Object> of(Argument<?> argument) {
        var metadata = argument.getAnnotationMetadata();
        List<Object> loc = new ArrayList<>();
        if (metadata.hasAnnotation(PathVariable.class)) {
            loc.add("path");
            loc.add(metadata.stringValue(PathVariable.class).orElse(argument.getName()));
        } else if (metadata.hasAnnotation(QueryValue.class)) {
            loc.add("query");
            loc.add(metadata.stringValue(QueryValue.class).orElse(argument.getName()));
        } else if (metadata.hasAnnotation(Header.class)) {
            loc.add("header");
            loc.add(metadata.stringValue(Header.class).orElse(argument.getName()));
        } else if (metadata.hasAnnotation(Body.class)) {
            loc.add("body");
        } else {
            loc.add(argument.getName());
        }
        return loc;
    }

    /** The pydantic-style word for a value that is not of the argument's type. */
    static String parsingError(Argument<?> argument) {
        Class<?> type = argument.isContainerType() && argument.getFirstTypeVariable().isPresent()
                ? argument.getFirstTypeVariable().get().getType() : argument.getType();
        if (type == UUID.class) {
            return "uuid_parsing";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "bool_parsing";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "int_parsing";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "float_parsing";
        }
        if (type == OffsetDateTime.class) {
            return "datetime_parsing";
        }
        return "value_error";
    }
}
