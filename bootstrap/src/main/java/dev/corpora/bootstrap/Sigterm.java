package dev.corpora.bootstrap;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM, handled by Corpora instead of the JVM. The JVM's own handler starts the shutdown hooks at once, in
 * which Micronaut closes every port before anything drains, and then exits with 143 (128 + the signal's number).
 */
final class Sigterm {
    private static final Logger LOG = LoggerFactory.getLogger(Sigterm.class);

    private Sigterm() {
    }

    /** Runs {@code stop} on the first SIGTERM, on a thread of its own; a repeated SIGTERM changes nothing. */
    static void handleWith(Runnable stop) {
        AtomicBoolean received = new AtomicBoolean();
        Signal.handle(new Signal("TERM"), signal -> {
            if (received.compareAndSet(false, true)) {
                stop.run();
            } else {
                LOG.info("SIGTERM again: the shutdown already runs");
            }
        });
    }
}
