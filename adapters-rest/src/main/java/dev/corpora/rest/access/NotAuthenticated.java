package dev.corpora.rest.access;

/** The request carries no usable credentials: answered with 401 and a {@code WWW-Authenticate} challenge. */
public final class NotAuthenticated extends RuntimeException {
    private final String scheme;

    public NotAuthenticated(String message) {
        this(message, "Bearer");
    }

    public NotAuthenticated(String message, String scheme) {
        super(message, null, false, false);
        this.scheme = scheme;
    }

    /** The scheme to challenge with: {@code Bearer} for the API, {@code Basic} at login. */
    public String scheme() {
        return scheme;
    }
}
