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
 * Binds a generated request model from the body the contract check kept ({@link ValidatedBody#bound()}), so a
 * body whose wrong values were left out binds without failing; the body's bytes are read only when no check ran.
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
            var kept = ServerRequestContext.currentRequest().flatMap(ValidatedBody::of);
            byte[] bytes = kept.isPresent() ? TREES.writeValueAsBytes(kept.get().bound()) : inputStream.readAllBytes();
            return json.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw new CodecException("cannot write the checked body", e);
        } catch (IOException e) {
            throw new CodecException("cannot read the body: " + e.getMessage(), e);
        }
    }
}
