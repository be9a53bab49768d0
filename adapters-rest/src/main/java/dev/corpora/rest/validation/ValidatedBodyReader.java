package dev.corpora.rest.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Binds a generated request model. A body the contract check passed binds from its bytes as usual; a malformed
 * one that goes on to the use case binds from what the check kept ({@link ValidatedBody#bound()}), the body less
 * its wrong values, so that binding cannot fail on them.
 */
abstract class ValidatedBodyReader<T> implements MessageBodyReader<T> {
    private static final ObjectMapper TREES = new ObjectMapper();

    private final JsonMapper json;

    ValidatedBodyReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream)
            throws CodecException {
        try {
            var pruned = ServerRequestContext.currentRequest().flatMap(ValidatedBody::of)
                    .filter(ValidatedBody::malformed);
            byte[] bytes = pruned.isPresent() ? TREES.writeValueAsBytes(pruned.get().bound())
                    : inputStream.readAllBytes();
            return json.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw new CodecException("cannot write the checked body", e);
        } catch (IOException e) {
            throw new CodecException("cannot read the body: " + e.getMessage(), e);
        }
    }
}
