package dev.corpora.messaging;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The RabbitMQ the tests use: {@code CORPORA_TEST_RABBITMQ_URI}, by default
 * {@code amqp://guest:guest@127.0.0.1:5672}. When it cannot be reached the test is skipped, loudly, and in CI
 * ({@code CI=true}) it fails instead: CI must run the RabbitMQ tests. Each test gets exchanges and queues of its
 * own names, deleted on {@link #close()}, so tests can share a broker with others.
 */
public final class RabbitTestBroker implements AutoCloseable {
    private static final String DEFAULT_URI = "amqp://guest:guest@127.0.0.1:5672";

    private final URI uri;
    private final Connection connection;
    private final Channel channel;
    private final List<String> exchanges = new ArrayList<>();

    private RabbitTestBroker(URI uri, Connection connection) throws Exception {
        this.uri = uri;
        this.connection = connection;
        this.channel = connection.createChannel();
    }

    public static RabbitTestBroker connect() {
        String configured = System.getenv("CORPORA_TEST_RABBITMQ_URI");
        URI uri = URI.create(configured == null || configured.isBlank() ? DEFAULT_URI : configured.trim());
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(uri);
            factory.setConnectionTimeout(3_000);
            factory.setAutomaticRecoveryEnabled(false);
            return new RabbitTestBroker(uri, factory.newConnection("corpora-tests"));
        } catch (Exception e) {
            String why = "No RabbitMQ for the tests at " + uri.getHost() + ":" + uri.getPort() + " (" + e
                    + "): start one or set CORPORA_TEST_RABBITMQ_URI.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " CI must run the RabbitMQ tests.");
            }
            System.err.println("\n*** SKIPPING RABBITMQ TESTS *** " + why + "\n");
            Assumptions.abort(why);
            throw new IllegalStateException("unreachable");
        }
    }

    public URI uri() {
        return uri;
    }

    /** The same broker reached through another host and port, such as a {@link CuttableProxy}. */
    public URI uriThrough(String host, int port) {
        return URI.create(uri.getScheme() + "://" + uri.getRawUserInfo() + "@" + host + ":" + port
                + (uri.getRawPath() == null ? "" : uri.getRawPath()));
    }

    public String host() {
        return uri.getHost();
    }

    public int port() {
        return uri.getPort() < 0 ? 5672 : uri.getPort();
    }

    /** A name for an exchange of this test's own, deleted on close. */
    public String newExchangeName() {
        String name = "corpora.events.test-" + UUID.randomUUID();
        exchanges.add(name);
        return name;
    }

    /**
     * A server-named, exclusive queue bound to the exchange (declared as the publisher declares it) with this
     * binding key; it goes away with this broker's connection.
     */
    public String queueBoundTo(String exchange, String bindingKey) throws Exception {
        channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, bindingKey);
        return queue;
    }

    /** Takes this many messages from the queue, waiting up to the timeout for them, and then any more there. */
    public List<GetResponse> take(String queue, int expected, Duration timeout) throws Exception {
        List<GetResponse> taken = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            GetResponse response = channel.basicGet(queue, true);
            if (response != null) {
                taken.add(response);
            } else if (taken.size() >= expected || System.nanoTime() > deadline) {
                return taken;
            } else {
                Thread.sleep(20);
            }
        }
    }

    /** Deletes the exchange behind the publisher's back. */
    public void deleteExchange(String exchange) throws Exception {
        channel.exchangeDelete(exchange);
    }

    @Override
    public void close() throws Exception {
        try {
            for (String exchange : exchanges) {
                channel.exchangeDelete(exchange);
            }
        } finally {
            connection.abort(3_000);
        }
    }
}
