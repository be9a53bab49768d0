package dev.corpora.domain.encoder;

import java.util.Locale;

/** What kind of signal an encoder turns into embeddings. */
public enum Modality {
    IMAGE,
    VIDEO,
    AUDIO_SPEECH_TO_TEXT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
