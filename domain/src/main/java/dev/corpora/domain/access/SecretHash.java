package dev.corpora.domain.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A client secret kept only as a salted, slow PBKDF2-HMAC-SHA256 hash, encoded as
 * {@code pbkdf2-sha256$iterations$salt$hash}. The clear secret is never stored. New hashes take OWASP's
 * 600,000 iterations; a hash made with fewer still matches, and {@link #outdated()} says to make it anew.
 */
public record SecretHash(String encoded) {
    private static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public SecretHash {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("not a " + SCHEME + " hash");
        }
    }

    public static SecretHash of(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new SecretHash(String.join("$", SCHEME, Integer.toString(ITERATIONS), b64(salt),
                b64(derive(secret, salt, ITERATIONS))));
    }

    /** Whether it was made with fewer iterations than a new hash takes: the next login should replace it. */
    public boolean outdated() {
        return Integer.parseInt(encoded.split("\\$")[1]) < ITERATIONS;
    }

    /** Compares in constant time, so timing tells nothing about how much of a guess was right. */
    public boolean matches(String secret) {
        String[] parts = encoded.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(secret, salt, Integer.parseInt(parts[1])));
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return SCHEME + "$…";
    }

}
