package dev.corpora.domain.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EncoderCatalogTest {

    @Test
    void listsNineEncodersVisualFirst() {
        assertThat(EncoderCatalog.all()).extracting(Encoder::name).containsExactly(
                "multimodal", "multimodal-tx-large2", "multimodal-tx-large3", "multimodal-tx-large4",
                "nova2-multimodal", "resnet-50", "resnet-50-reduced", "audio", "text-llm");
    }

    @Test
    void idsAreDistinct() {
        assertThat(EncoderCatalog.all()).extracting(Encoder::id).doesNotHaveDuplicates();
    }

    /** Stored configs record these ids as embedding ids: changing one orphans every dataset that uses it. */
    @Test
    void idsAreStable() {
        Map<String, UUID> ids = EncoderCatalog.all().stream().collect(Collectors.toMap(Encoder::name, Encoder::id));

        assertThat(ids).containsOnly(
                entry("multimodal", UUID.fromString("2ef58577-557b-5edf-8ad8-8cf6254c0480")),
                entry("multimodal-tx-large2", UUID.fromString("8668b1a7-f53a-5f5b-babc-99b30928756a")),
                entry("multimodal-tx-large3", UUID.fromString("f757f1a6-1aa4-5600-83d8-53df58e2b52a")),
                entry("multimodal-tx-large4", UUID.fromString("48bfcc4b-7684-5db9-8019-e357b23686ee")),
                entry("nova2-multimodal", UUID.fromString("1da3362b-dc2d-5cb2-914e-6d45ded94dcc")),
                entry("resnet-50", UUID.fromString("c174c32c-0307-5b5d-ae13-108d59bcadbc")),
                entry("resnet-50-reduced", UUID.fromString("5c5c8605-0e45-5a7b-853d-6429ae19c899")),
                entry("audio", UUID.fromString("729f6f85-66b3-59cd-93de-e96f210b13f9")),
                entry("text-llm", UUID.fromString("4c23039d-4d51-5f15-9781-4f32a8a9bdbf")));
    }

    @Test
    void sevenVisualEncodersServeImagesAndVideos() {
        assertThat(EncoderCatalog.all()).filteredOn(Encoder::isVisual).hasSize(7).allSatisfy(encoder -> {
            assertThat(encoder.modality()).isEqualTo(Modality.IMAGE);
            assertThat(encoder.modalities()).containsExactly(Modality.IMAGE, Modality.VIDEO);
        });
    }

    @Test
    void twoAudioEncodersServeSpeechToText() {
        assertThat(EncoderCatalog.all()).filteredOn(encoder -> !encoder.isVisual())
                .extracting(Encoder::name).containsExactly("audio", "text-llm");
        assertThat(EncoderCatalog.all()).filteredOn(encoder -> !encoder.isVisual()).allSatisfy(encoder -> {
            assertThat(encoder.modality()).isEqualTo(Modality.AUDIO_SPEECH_TO_TEXT);
            assertThat(encoder.modalities()).containsExactly(Modality.AUDIO_SPEECH_TO_TEXT);
        });
    }

    @Test
    void findsAnyEncoderByName() {
        assertThat(EncoderCatalog.byName("text-llm")).map(Encoder::modality)
                .contains(Modality.AUDIO_SPEECH_TO_TEXT);
        assertThat(EncoderCatalog.byName("clip")).isEmpty();
    }
}
