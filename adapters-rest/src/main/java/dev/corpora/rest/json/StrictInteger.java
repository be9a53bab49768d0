package dev.corpora.rest.json;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;
import java.math.BigInteger;

/** Only a JSON integer that fits: no fraction ({@code 1.5}, {@code 2.0}), no {@code "3"}. */
@Singleton
@Primary
final class StrictInteger extends StrictScalar<Integer> {
    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    StrictInteger() {
        super("int_parsing", "Input should be a valid integer");
    }

    @Override
    Integer accept(Object json) {
        if (json instanceof Integer || json instanceof Short || json instanceof Byte) {
            return ((Number) json).intValue();
        }
        if (json instanceof Long || json instanceof BigInteger) {
            BigInteger value = json instanceof BigInteger big ? big : BigInteger.valueOf((Long) json);
            return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0 ? value.intValue() : null;
        }
        return null;
    }

    @Override
    Integer primitiveDefault() {
        return 0;
    }
}
