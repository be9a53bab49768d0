package dev.corpora.rest.encoder;

import dev.corpora.api.EncodersApi;
import dev.corpora.api.model.EncoderDescription;
import dev.corpora.application.encoder.ListEncoders;
import dev.corpora.rest.access.CurrentActor;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import java.util.List;

@Controller
class EncodersController implements EncodersApi {
    private final ListEncoders listEncoders;
    private final CurrentActor actor;
    private final EncoderWireMapper mapper;

    EncodersController(ListEncoders listEncoders, CurrentActor actor, EncoderWireMapper mapper) {
        this.listEncoders = listEncoders;
        this.actor = actor;
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<List<EncoderDescription>> listAvailableEncoders() {
        return HttpResponse.ok(listEncoders.handle(actor.get()).stream().map(mapper::toDescription).toList());
    }
}
