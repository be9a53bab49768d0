package dev.corpora.rest.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/**
 * Reads a request body as one JSON value, strictly: nothing may follow it, no key may repeat (two readers would
 * disagree on which one counts), numbers keep every digit, and bytes that are not UTF-8 are not JSON.
 */
final class JsonBody {
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonBody() {
    }

    /** The value read, or the problem that stopped the reading. */
    sealed interface Read permits Parsed, Invalid {
    }

    /** {@code value} is {@code null} for an empty body. */
    record Parsed(JsonNode value) implements Read {
    }

    record Invalid(Problem problem) implements Read {
    }

    static Read read(byte[] bytes) {
        if (bytes == null || isBlank(bytes)) {
            return new Parsed(null);
        }
        try {
            return new Parsed(READER.readTree(bytes));
        } catch (JsonProcessingException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " at line " + malformed.getLocation().getLineNr() + " column "
                            + malformed.getLocation().getColumnNr();
            return new Invalid(new Problem(List.of("body"), "json_invalid",
                    "Invalid JSON: " + malformed.getOriginalMessage() + where));
        } catch (IOException unreadable) {
            return new Invalid(new Problem(List.of("body"), "json_invalid",
                    "Invalid JSON: " + unreadable.getMessage()));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
