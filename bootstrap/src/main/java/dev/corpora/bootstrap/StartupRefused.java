package dev.corpora.bootstrap;

/** A configuration Corpora will not start with; the message says what to change. */
final class StartupRefused extends RuntimeException {
    StartupRefused(String message) {
        super(message, null, false, false);
    }
}
