package dev.corpora.domain.encoder;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A model that turns assets into embeddings. Its id is stable: it is also the embedding id a dataset's config
 * records for each modality the encoder serves.
 */
public record Encoder(UUID id, String name, String description, Modality modality, List<Modality> modalities) {
    public Encoder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modality, "modality");
        modalities = List.copyOf(modalities);
    }

    /** Visual encoders can be the encoder of a dataset; audio encoders cannot. */
    public boolean isVisual() {
        return modality == Modality.IMAGE;
    }
}
