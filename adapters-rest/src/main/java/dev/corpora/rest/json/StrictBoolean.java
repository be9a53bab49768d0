package dev.corpora.rest.json;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;

/** Only {@code true} or {@code false}: no {@code "yes"}, no {@code 1}. */
@Singleton
@Primary
final class StrictBoolean extends StrictScalar<Boolean> {
    StrictBoolean() {
        super("bool_parsing", "Input should be a valid boolean");
    }

    @Override
    Boolean accept(Object json) {
        return json instanceof Boolean bool ? bool : null;
    }

    @Override
    Boolean primitiveDefault() {
        return false;
    }
}
