package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import java.util.Objects;

/**
 * The keyframe sampling method and the deprecated uniform rate, kept as sent (the reference API keeps a rate
 * sent with {@code intelligent} too). Only {@code uniform} uses a rate: 1.0 keyframe a second when none was sent.
 */
public record KeyframeSampling(KeyframeSamplingMethod method, Double requestedFps) {
    public static final double MIN_FPS = 0.00001;
    public static final double MAX_FPS = 5;
    public static final double DEFAULT_UNIFORM_FPS = 1.0;

    public KeyframeSampling {
        Objects.requireNonNull(method, "method");
        if (requestedFps != null) {
            checkFps(requestedFps);
        }
    }

    /** @throws InvalidValue when the rate is outside 0.00001 to 5 keyframes a second, or not a number */
    public static void checkFps(double fps) {
        if (Double.isNaN(fps) || Double.isInfinite(fps)) {
            throw new InvalidValue(ViolationKind.NOT_FINITE, "A sampling rate is a finite number");
        }
        if (fps < MIN_FPS) {
            throw new InvalidValue(ViolationKind.BELOW_MINIMUM, "A sampling rate is at least 0.00001 a second");
        }
        if (fps > MAX_FPS) {
            throw new InvalidValue(ViolationKind.ABOVE_MAXIMUM, "A sampling rate is at most 5 a second");
        }
    }

    /** The rate a uniform sampler runs at, or {@code null} when the method is not uniform. */
    public Double uniformFps() {
        if (method != KeyframeSamplingMethod.UNIFORM) {
            return null;
        }
        return requestedFps == null ? DEFAULT_UNIFORM_FPS : requestedFps;
    }
}
