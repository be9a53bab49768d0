package dev.corpora.messaging;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the events go.
 *
 * @param uri            the broker, {@code amqp://user:password@host:port/vhost}
 * @param exchange       the durable topic exchange the events are published to
 * @param confirmTimeout how long a batch may wait for the broker's confirms
 * @param connectTimeout how long opening the connection (TCP and AMQP handshake) may take
 */
record RabbitSettings(URI uri, String exchange, Duration confirmTimeout, Duration connectTimeout) {
    static final String DEFAULT_EXCHANGE = "corpora.events";

    RabbitSettings {
        Objects.requireNonNull(uri, "uri");
        if (exchange == null || exchange.isBlank()) {
            throw new IllegalArgumentException("the exchange needs a name");
        }
        requirePositive(confirmTimeout, "confirm timeout");
        requirePositive(connectTimeout, "connect timeout");
    }

    /** The broker without its user information, fit for messages and logs. */
    String broker() {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive");
        }
    }
}
