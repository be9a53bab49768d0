package dev.corpora.rest.validation;

import dev.corpora.api.model.DatasetUpdateRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

@Singleton
@Consumes(MediaType.APPLICATION_JSON)
final class UpdateRequestReader extends ValidatedBodyReader<DatasetUpdateRequest> {
    UpdateRequestReader(JsonMapper json) {
        super(json);
    }
}
