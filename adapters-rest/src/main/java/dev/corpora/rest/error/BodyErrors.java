package dev.corpora.rest.error;

import com.fasterxml.jackson.core.JacksonException;
import dev.corpora.rest.json.WrongJsonType;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.config.annotation.SerdeConfig;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A body that cannot be read as the operation's model: malformed JSON ({@code json_invalid}) or a value of the
 * wrong JSON type. The JSON reader records where a value failed (property, list index, map key) in the
 * exception's path, which becomes the problem's {@code loc}.
 */
final class BodyErrors {
    private BodyErrors() {
    }

    static HttpResponse<?> unreadable(Throwable failure) {
        WrongJsonType wrong = find(failure, WrongJsonType.class);
        if (wrong != null) {
            return problem(loc(wrong.getPath()), wrong.type(), wrong.getMessage());
        }
        if (!isSyntaxError(failure)) {
            SerdeException located = located(failure);
            if (located != null) {
                String type = typeWord(valueType(located.getPath().get(0)));
                return problem(loc(located.getPath()), type, sentence(type));
            }
            if (find(failure, SerdeException.class) != null) {
                // well-formed JSON, but not an object: an array, a string, a number
                return problem(List.of("body"), "model_attributes_type", sentence("model_attributes_type"));
            }
        }
        return problem(List.of("body"), "json_invalid", rootMessage(failure));
    }

    private static HttpResponse<?> problem(List<Object> loc, String type, String message) {
        return ErrorBodies.unprocessable(List.of(ErrorBodies.problem(loc, type, message)));
    }

    /** The path is recorded from the failing value outwards. */
    private static List<Object> loc(List<ReferencePath> path) {
        List<Object> loc = new ArrayList<>(List.of("body"));
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof PropertyReferencePath property) {
                loc.add(jsonName(property.property()));
            } else if (step instanceof CollectionItemReferencePath item) {
                loc.add(item.index());
            } else if (step instanceof MapItemReferencePath entry) {
                loc.add(entry.key());
            }
        }
        return loc;
    }

    private static String jsonName(Argument<?> property) {
        return property.getAnnotationMetadata().stringValue(SerdeConfig.class, SerdeConfig.PROPERTY)
                .orElseGet(() -> property.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                        .toLowerCase(Locale.ROOT));
    }

    /** The Java type of the value that failed: the property's, or a list's item or a map's value type. */
    private static Class<?> valueType(ReferencePath innermost) {
        Argument<?> argument = innermost.getArgument();
        if (innermost instanceof CollectionItemReferencePath) {
            Argument<?>[] parameters = argument.getTypeParameters();
            return parameters.length == 1 ? parameters[0].getType() : Object.class;
        }
        if (innermost instanceof MapItemReferencePath) {
            Argument<?>[] parameters = argument.getTypeParameters();
            return parameters.length == 2 ? parameters[1].getType() : Object.class;
        }
        return argument.getType();
    }

    private static String typeWord(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "bool_parsing";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "float_parsing";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "int_parsing";
        }
        if (type == UUID.class) {
            return "uuid_parsing";
        }
        if (type == String.class) {
            return "string_type";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list_type";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "dict_type";
        }
        return "model_attributes_type";
    }

    private static String sentence(String type) {
        return switch (type) {
            case "bool_parsing" -> "Input should be a valid boolean";
            case "float_parsing" -> "Input should be a valid number";
            case "int_parsing" -> "Input should be a valid integer";
            case "uuid_parsing" -> "Input should be a valid UUID";
            case "string_type" -> "Input should be a valid string";
            case "list_type" -> "Input should be a valid list";
            case "dict_type" -> "Input should be a valid dictionary";
            default -> "Input should be a valid dictionary or object to extract fields from";
        };
    }

    /** Text that is not JSON at all, wherever the reader noticed it. */
    private static boolean isSyntaxError(Throwable failure) {
        return find(failure, JsonSyntaxException.class) != null || find(failure, JacksonException.class) != null;
    }

    /** The outermost reader failure that knows where in the body it happened. */
    private static SerdeException located(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return serde;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "Invalid JSON" : root.getMessage();
        return "Invalid JSON body: " + message.lines().findFirst().orElse(message);
    }
}
