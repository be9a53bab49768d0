package dev.corpora.rest.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import java.io.IOException;

/**
 * Reads a JSON scalar only when its JSON type is the field's own: serde's built-in readers coerce (a string
 * {@code "yes"} becomes {@code false}, a number {@code 5} becomes {@code "5"}), which the contract answers with 422.
 * JSON null stays null.
 */
abstract class StrictScalar<T> implements Deserializer<T> {
    private final String type;
    private final String message;

    StrictScalar(String type, String message) {
        this.type = type;
        this.message = message;
    }

    /** The value for a JSON value (a Boolean, String, Number, List or Map), or null when it is not one. */
    abstract T accept(Object json);

    /** What a primitive field holds when the JSON does not name it. */
    abstract T primitiveDefault();

    @Override
    public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> field) throws IOException {
        Object json = decoder.decodeArbitrary();
        if (json == null && !field.isPrimitive()) {
            return null;
        }
        T value = json == null ? null : accept(json);
        if (value == null) {
            throw new WrongJsonType(type, message);
        }
        return value;
    }

    @Override
    public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> field)
            throws IOException {
        return deserialize(decoder, context, field);
    }

    @Override
    public boolean allowNull() {
        return true;
    }

    @Override
    public T getDefaultValue(DecoderContext context, Argument<? super T> field) {
        return field.isPrimitive() ? primitiveDefault() : null;
    }
}
