package dev.corpora.application.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes a repeat "the same request": its method, its path and a SHA-256 digest of its body. A key sent again
 * with another fingerprint is a client's mistake, never a retry.
 */
public record RequestFingerprint(String method, String path, String bodyDigest) {
    public RequestFingerprint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bodyDigest, "bodyDigest");
    }

    /** @param body the request's body as text; empty when it has none */
    public static RequestFingerprint of(String method, String path, String body) {
        try {
            return new RequestFingerprint(method, path, HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
