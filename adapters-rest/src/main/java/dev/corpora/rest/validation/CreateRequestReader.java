package dev.corpora.rest.validation;

import dev.corpora.api.model.DatasetCreateRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

@Singleton
@Consumes(MediaType.APPLICATION_JSON)
final class CreateRequestReader extends ValidatedBodyReader<DatasetCreateRequest> {
    CreateRequestReader(JsonMapper json) {
        super(json);
    }
}
