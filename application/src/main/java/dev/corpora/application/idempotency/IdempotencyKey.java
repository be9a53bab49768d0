package dev.corpora.application.idempotency;

import dev.corpora.domain.access.OrganizationId;
import java.util.Objects;

/**
 * A key a client chose for one request, to retry it safely, in the organization it was sent for: keys of two
 * organizations never meet. 1 to {@value #MAX_LENGTH} printable ASCII characters, as {@code openapi.yml} says.
 */
public record IdempotencyKey(OrganizationId organization, String value) {
    public static final int MAX_LENGTH = 255;
    /** Printable ASCII, space included. */
    public static final String PATTERN = "^[\\x20-\\x7E]+$";

    public IdempotencyKey {
        Objects.requireNonNull(organization, "organization");
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("an idempotency key is 1 to 255 printable ASCII characters");
        }
    }
}
