package dev.corpora.bootstrap.architecture.planted.domain;

import dev.corpora.bootstrap.architecture.planted.application.PlantedApplication;
import io.micronaut.http.HttpStatus;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.time.Instant;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Domain classes: one that keeps to the JDK and itself, and one for each way out of the allow-list. */
public final class PlantedDomain {
    private PlantedDomain() {
    }

    /** Primitives, arrays of primitives, of JDK types and of its own types, java.time and javax.crypto. */
    public static final class KeepsToTheJdk {
        int count;
        long[][] grid;
        String[] names;
        KeepsToTheJdk[] siblings;
        Instant createdAt;

        byte[] hash(char[] secret, byte[] salt) throws GeneralSecurityException {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(secret, salt, 1, 256)).getEncoded();
        }
    }

    public static final class UsesMicronaut {
        HttpStatus status;
    }

    public static final class UsesAnArrayOfMicronautTypes {
        HttpStatus[] statuses;
    }

    public static final class UsesJdbc {
        Connection connection;
    }

    public static final class UsesTheApplication {
        PlantedApplication.KeepsToTheDomain useCase;
    }
}
