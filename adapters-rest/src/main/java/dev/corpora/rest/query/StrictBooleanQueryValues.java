package dev.corpora.rest.query;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads booleans in query strings the way the reference API does (pydantic's words: true/false, 1/0, yes/no,
 * on/off, t/f, y/n, any case) and rejects anything else, so {@code ?store_original=maybe} is a 422
 * {@code bool_parsing} rather than Micronaut's silent {@code false}.
 */
@Singleton
final class StrictBooleanQueryValues implements TypeConverter<String, Boolean> {
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "t", "y");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "f", "n");

    @Override
    public Optional<Boolean> convert(String value, Class<Boolean> targetType, ConversionContext context) {
        String word = value.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE.contains(word)) {
            return Optional.of(Boolean.FALSE);
        }
        context.reject(value, new IllegalArgumentException(
                "unable to interpret input '" + value + "'"));
        return Optional.empty();
    }
}
