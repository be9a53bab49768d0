package dev.corpora.domain.encoder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The encoders Corpora knows, with stable ids. Seven visual encoders (modality {@code image}, modalities
 * {@code image} and {@code video}) may encode a dataset; two audio encoders describe speech.
 */
public final class EncoderCatalog {
    private static final List<Modality> VISUAL = List.of(Modality.IMAGE, Modality.VIDEO);
    private static final List<Modality> AUDIO = List.of(Modality.AUDIO_SPEECH_TO_TEXT);

    private static final List<Encoder> ALL = List.of(
            visual("2ef58577-557b-5edf-8ad8-8cf6254c0480", "multimodal",
                    "General-purpose multimodal encoder for images and video keyframes"),
            visual("8668b1a7-f53a-5f5b-babc-99b30928756a", "multimodal-tx-large2",
                    "Large transformer multimodal encoder, second generation"),
            visual("f757f1a6-1aa4-5600-83d8-53df58e2b52a", "multimodal-tx-large3",
                    "Large transformer multimodal encoder, third generation"),
            visual("48bfcc4b-7684-5db9-8019-e357b23686ee", "multimodal-tx-large4",
                    "Large transformer multimodal encoder, fourth generation"),
            visual("1da3362b-dc2d-5cb2-914e-6d45ded94dcc", "nova2-multimodal",
                    "Nova 2 multimodal encoder"),
            visual("c174c32c-0307-5b5d-ae13-108d59bcadbc", "resnet-50",
                    "ResNet-50 convolutional image encoder"),
            visual("5c5c8605-0e45-5a7b-853d-6429ae19c899", "resnet-50-reduced",
                    "ResNet-50 image encoder with reduced embedding size"),
            new Encoder(UUID.fromString("729f6f85-66b3-59cd-93de-e96f210b13f9"), "audio",
                    "Speech-to-text encoder for the audio track of videos", Modality.AUDIO_SPEECH_TO_TEXT, AUDIO),
            new Encoder(UUID.fromString("4c23039d-4d51-5f15-9781-4f32a8a9bdbf"), "text-llm",
                    "Speech-to-text with a language model over the transcript", Modality.AUDIO_SPEECH_TO_TEXT,
                    AUDIO));

    private EncoderCatalog() {
    }

    private static Encoder visual(String id, String name, String description) {
        return new Encoder(UUID.fromString(id), name, description, Modality.IMAGE, VISUAL);
    }

    /** Every encoder, visual first, in a stable order. */
    public static List<Encoder> all() {
        return ALL;
    }

    public static Optional<Encoder> byName(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
