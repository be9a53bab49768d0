package dev.corpora.application.encoder;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.EncoderCatalog;
import java.util.List;

/** Lists every encoder Corpora knows, visual and audio. */
public class ListEncoders {
    public List<Encoder> handle(Actor actor) {
        actor.require(Role.READER, "list encoders");
        return EncoderCatalog.all();
    }
}
