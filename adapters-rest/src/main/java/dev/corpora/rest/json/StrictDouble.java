package dev.corpora.rest.json;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;

/** Only a JSON number, with or without a fraction: no {@code "0.5"}, no {@code true}. */
@Singleton
@Primary
final class StrictDouble extends StrictScalar<Double> {
    StrictDouble() {
        super("float_parsing", "Input should be a valid number");
    }

    @Override
    Double accept(Object json) {
        return json instanceof Number number ? number.doubleValue() : null;
    }

    @Override
    Double primitiveDefault() {
        return 0.0;
    }
}
