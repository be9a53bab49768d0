package dev.corpora.rest.json;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Only a JSON string in UUID form. Serde's own reader fails with an error that does not say where, so a bad
 * id inside a map ({@code embedding_id}) could not be named by its key.
 */
@Singleton
@Primary
final class StrictUuid extends StrictScalar<UUID> {
    StrictUuid() {
        super("uuid_parsing", "Input should be a valid UUID");
    }

    @Override
    UUID accept(Object json) {
        if (!(json instanceof String text)) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    @Override
    UUID primitiveDefault() {
        return null;
    }
}
