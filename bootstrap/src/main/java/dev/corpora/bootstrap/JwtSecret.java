package dev.corpora.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the token-signing secret comes from: {@code CORPORA_JWT_SECRET}, at least 32 bytes; or, on the
 * embedded default only, a secret generated once and kept in the data directory so tokens survive a restart.
 * Instances sharing a PostgreSQL must share a secret, so there it has to be configured.
 */
final class JwtSecret {
    static final int MIN_BYTES = 32;
    private static final String FILE = "jwt-secret";

    private JwtSecret() {
    }

    static String resolve(String configured, boolean embeddedDatabase, Path dataDir) {
        if (configured != null && !configured.isEmpty()) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                throw new StartupRefused("CORPORA_JWT_SECRET must be at least " + MIN_BYTES
                        + " bytes long; generate one with: openssl rand -base64 48");
            }
            return configured;
        }
        if (!embeddedDatabase) {
            throw new StartupRefused("CORPORA_JWT_SECRET is required when Corpora runs on an external database,"
                    + " so that every instance signs and checks tokens with the same secret");
        }
        return fromDataDir(dataDir.resolve(FILE));
    }

    private static String fromDataDir(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            restrictToOwner(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the JWT secret in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on file systems without POSIX permissions
        }
    }
}
