package dev.corpora.persistence.dataset;

import java.util.Locale;

/** How the columns spell the domain's enums: lower case ({@code active}, {@code uniform}, {@code image}). */
final class StoredWords {
    private StoredWords() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E read(Class<E> type, String word) {
        return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
    }
}
