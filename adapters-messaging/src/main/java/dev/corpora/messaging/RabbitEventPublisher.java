package dev.corpora.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.EventPublisher;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the events to a durable topic exchange, routing key = event type, persistent, and returns only once
 * the broker has confirmed every one of them. Connects on the first publish, not at start-up, so the service
 * starts and serves while the broker is down; after any failure it drops the connection and the next publish
 * opens a new one.
 *
 * <p>The plain RabbitMQ client rather than micronaut-rabbitmq: that module's connection bean connects as it is
 * created, its default configuration (localhost:5672) exists without any property, and it has no switch to
 * leave the broker alone; here the bean exists only when {@code corpora.rabbitmq.uri} is set, and the client's
 * own automatic recovery is off because a failed batch must fail, not wait for a recovery in the background.
 */
@Singleton
@Requires(property = "corpora.rabbitmq.uri", pattern = ".+")
public final class RabbitEventPublisher implements EventPublisher, AutoCloseable {
    static final String CONTENT_TYPE = "application/cloudevents+json";
    static final String ORGANIZATION_HEADER = "organization";
    /** How long closing a dropped connection waits for the broker's answer; the broker copes without it. */
    private static final int ABORT_TIMEOUT_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(RabbitEventPublisher.class);

    private final RabbitSettings settings;
    private final ConnectionFactory factory;
    private Connection connection;
    private Channel channel;

    @Inject
    RabbitEventPublisher(@Value("${corpora.rabbitmq.uri}") String uri,
                         @Value("${corpora.rabbitmq.exchange:" + RabbitSettings.DEFAULT_EXCHANGE + "}") String exchange,
                         @Value("${corpora.rabbitmq.confirm-timeout:10s}") Duration confirmTimeout,
                         @Value("${corpora.rabbitmq.connect-timeout:5s}") Duration connectTimeout) {
        this(new RabbitSettings(URI.create(uri.trim()), exchange, confirmTimeout, connectTimeout));
    }

    RabbitEventPublisher(RabbitSettings settings) {
        this.settings = settings;
        this.factory = connectionFactory(settings);
    }

    @Override
    public synchronized void publish(List<EventMessage> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            Channel open = channel();
            for (EventMessage event : events) {
                open.basicPublish(settings.exchange(), event.type(), properties(event),
                        event.body().getBytes(StandardCharsets.UTF_8));
            }
            // throws on the timeout and when the channel or connection closes meanwhile; false on a nack
            if (!open.waitForConfirms(settings.confirmTimeout().toMillis())) {
                throw new IOException("the broker refused (nacked) at least one of them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(events, e);
        } catch (Exception e) {
            throw failed(events, e);
        }
    }

    /** Closes the connection, if one is open; a later publish would open a new one. */
    @Override
    @PreDestroy
    public synchronized void close() {
        drop();
    }

    private Channel channel() throws Exception {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        drop();
        connection = factory.newConnection("corpora");
        channel = connection.createChannel();
        channel.exchangeDeclare(settings.exchange(), BuiltinExchangeType.TOPIC, true);
        channel.confirmSelect();
        LOG.info("Connected to RabbitMQ at {}, exchange {}", settings.broker(), settings.exchange());
        return channel;
    }

    private EventsNotDelivered failed(List<EventMessage> events, Exception cause) {
        drop();
        return new EventsNotDelivered("RabbitMQ at " + settings.broker() + " did not confirm " + events.size()
                + " events on exchange " + settings.exchange() + " (" + describe(cause) + ")", cause);
    }

    /** Forgets the channel and connection, closing them without waiting on a broker that may be gone. */
    private void drop() {
        Connection dropped = connection;
        connection = null;
        channel = null;
        if (dropped != null) {
            dropped.abort(ABORT_TIMEOUT_MILLIS);
        }
    }

    private static AMQP.BasicProperties properties(EventMessage event) {
        return MessageProperties.PERSISTENT_BASIC.builder()
                .contentType(CONTENT_TYPE)
                .messageId(event.id().toString())
                .type(event.type())
                .timestamp(Date.from(event.time()))
                .headers(Map.of(ORGANIZATION_HEADER, event.organization().value()))
                .build();
    }

    private static ConnectionFactory connectionFactory(RabbitSettings settings) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(settings.uri());
        } catch (Exception e) {
            throw new IllegalArgumentException("corpora.rabbitmq.uri is not an AMQP URI: " + settings.broker(), e);
        }
        int connectMillis = (int) settings.connectTimeout().toMillis();
        factory.setConnectionTimeout(connectMillis);
        factory.setHandshakeTimeout(connectMillis);
        factory.setShutdownTimeout(connectMillis);
        factory.setChannelRpcTimeout((int) settings.confirmTimeout().toMillis());
        factory.setRequestedHeartbeat(30);
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        return factory;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message == null && cause.getCause() != null) {
            message = cause.getCause().toString();
        }
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
