package dev.corpora.rest.encoder;

import dev.corpora.api.model.EncoderDescription;
import dev.corpora.domain.encoder.Encoder;
import dev.corpora.domain.encoder.Modality;
import dev.corpora.rest.wire.WireWords;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

/** Maps catalog encoders to the wire's Encoder (on datasets) and EncoderDescription (in the catalog list). */
@Mapper(componentModel = "jakarta", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface EncoderWireMapper {

    dev.corpora.api.model.Encoder toEncoder(Encoder encoder);

    EncoderDescription toDescription(Encoder encoder);

    /** A dataset lists its one encoder as both {@code encoders} and {@code embeddings}. */
    default List<dev.corpora.api.model.Encoder> asList(Encoder encoder) {
        return List.of(toEncoder(encoder));
    }

    default String modality(Modality modality) {
        return WireWords.of(modality);
    }
}
