package dev.corpora.rest.validation;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Binds query date-times with {@link Rfc3339}, the reading the contract check used. */
@Singleton
final class DateTimeQueryValues implements TypeConverter<String, OffsetDateTime> {
    @Override
    public Optional<OffsetDateTime> convert(String value, Class<OffsetDateTime> targetType,
                                            ConversionContext context) {
        Optional<OffsetDateTime> read = Rfc3339.parse(value);
        if (read.isEmpty()) {
            context.reject(value, new IllegalArgumentException("not an RFC 3339 date-time of years 1 to 9999"));
        }
        return read;
    }
}
