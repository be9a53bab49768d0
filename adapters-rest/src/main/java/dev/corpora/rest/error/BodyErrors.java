package dev.corpora.rest.error;

import io.micronaut.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that cannot be read as the operation's model: malformed JSON ({@code json_invalid}) or a value of the
 * wrong JSON type, which the JSON reader reports naming the property, such as
 * {@code Error decoding property [Boolean storeOriginal] of type [...]}.
 */
final class BodyErrors {
    private static final Pattern PROPERTY = Pattern.compile("decoding property \\[(\\S+) (\\w+)]");

    private BodyErrors() {
    }

    static HttpResponse<?> unreadable(Throwable failure) {
        String message = rootMessage(failure);
        List<Object> loc = new ArrayList<>(List.of("body"));
        String type = "json_invalid";
        Matcher property = PROPERTY.matcher(String.valueOf(messages(failure)));
        if (property.find()) {
            loc.add(snakeCase(property.group(2)));
            type = typeWord(property.group(1));
        }
        return ErrorBodies.unprocessable(List.of(ErrorBodies.problem(loc, type, message)));
    }

    private static String typeWord(String javaType) {
        String simple = javaType.substring(javaType.lastIndexOf('.') + 1).replaceAll("<.*", "");
        return switch (simple) {
            case "Boolean" -> "bool_parsing";
            case "Double", "Float" -> "float_parsing";
            case "Integer", "Long" -> "int_parsing";
            case "UUID" -> "uuid_parsing";
            case "String" -> "string_type";
            case "List" -> "list_type";
            case "Map" -> "dict_type";
            default -> "model_attributes_type";
        };
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
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
