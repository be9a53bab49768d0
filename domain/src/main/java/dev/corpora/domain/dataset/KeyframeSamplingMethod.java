package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import java.util.Locale;

/** How keyframes are taken from videos. */
public enum KeyframeSamplingMethod {
    INTELLIGENT,
    UNIFORM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidValue ({@code enum}) for any other word */
    public static KeyframeSamplingMethod fromWire(String value) {
        for (KeyframeSamplingMethod method : values()) {
            if (method.wireName().equals(value)) {
                return method;
            }
        }
        throw new InvalidValue(ViolationKind.ENUM, "Input should be 'intelligent' or 'uniform'");
    }
}
