package dev.corpora.rest.json;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;

/** Only a JSON string: a number or a boolean is not text. */
@Singleton
@Primary
final class StrictString extends StrictScalar<String> {
    StrictString() {
        super("string_type", "Input should be a valid string");
    }

    @Override
    String accept(Object json) {
        return json instanceof String text ? text : null;
    }

    @Override
    String primitiveDefault() {
        return null;
    }
}
