package dev.corpora.rest.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings, item by item through {@link StrictString}: serde reads {@code List<String>} with a reader of
 * its own that turns {@code 5} into {@code "5"}. A wrong item is reported with its index.
 */
@Singleton
@Primary
final class StrictStringList implements Deserializer<List<String>> {
    private final StrictString strings;

    StrictStringList(StrictString strings) {
        this.strings = strings;
    }

    @Override
    public List<String> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<String>> field)
            throws IOException {
        Decoder items = decoder.decodeArray();
        List<String> list = new ArrayList<>();
        while (items.hasNextArrayValue()) {
            try {
                list.add(strings.deserializeNullable(items, context, Argument.STRING));
            } catch (SerdeException wrong) {
                wrong.getPath().add(ReferencePath.ofCollection(ArrayList.class, field, list.size()));
                throw wrong;
            }
        }
        items.finishStructure();
        return list;
    }

    @Override
    public List<String> deserializeNullable(Decoder decoder, DecoderContext context,
                                            Argument<? super List<String>> field) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, field);
    }
}
