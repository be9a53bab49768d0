package dev.corpora.rest.wire;

import java.util.Locale;

/**
 * How the wire spells the domain's enums and field names: {@code active}, {@code audio_speech_to_text},
 * {@code metadata_fields_to_index}. The contract check has already refused any other word, so reading one back
 * cannot fail for a request that reached a controller.
 */
public final class WireWords {
    private WireWords() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** The enum value a wire word names; {@code null} for {@code null}. */
    public static <E extends Enum<E>> E read(Class<E> type, String word) {
        return word == null ? null : Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
    }

    /** A domain field name ({@code datasetConfig}) as the wire spells it ({@code dataset_config}). */
    public static String field(String domainName) {
        return domainName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
