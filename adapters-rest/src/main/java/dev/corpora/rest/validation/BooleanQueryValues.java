package dev.corpora.rest.validation;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Binds query booleans with {@link QueryBooleans}, the reading the contract check used. */
@Singleton
final class BooleanQueryValues implements TypeConverter<String, Boolean> {
    @Override
    public Optional<Boolean> convert(String value, Class<Boolean> targetType, ConversionContext context) {
        Optional<Boolean> read = QueryBooleans.parse(value);
        if (read.isEmpty()) {
            context.reject(value, new IllegalArgumentException("unable to interpret input '" + value + "'"));
        }
        return read;
    }
}
