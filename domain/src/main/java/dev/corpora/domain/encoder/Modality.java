package dev.corpora.domain.encoder;

/** What kind of signal an encoder turns into embeddings. */
public enum Modality {
    IMAGE,
    VIDEO,
    AUDIO_SPEECH_TO_TEXT;
}
