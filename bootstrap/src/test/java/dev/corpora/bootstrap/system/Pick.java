package dev.corpora.bootstrap.system;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws for generated test data, on QuickTheories' source of randomness: every choice goes through it, so a
 * failing case can be replayed from its seed and shrunk.
 */
record Pick(RandomnessSource in) {
    int between(int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    long between(long min, long max) {
        return in.next(Constraint.between(min, max));
    }

    boolean percent(int chance) {
        return between(0, 99) < chance;
    }

    <T> T oneOf(List<T> choices) {
        return choices.get(between(0, choices.size() - 1));
    }

    /** Text of {@code min} to {@code max} characters drawn from {@code alphabet}. */
    String text(String alphabet, int min, int max) {
        int length = between(min, max);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(between(0, alphabet.length() - 1)));
        }
        return text.toString();
    }

    /** Text of any characters but NUL and surrogates, the kind a client may really send. */
    String anyText(int min, int max) {
        int length = between(min, max);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (percent(80) ? between(0x20, 0x7e) : between(0x01, 0xd7ff)));
        }
        return text.toString();
    }
}
