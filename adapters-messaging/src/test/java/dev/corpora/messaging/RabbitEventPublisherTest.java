package dev.corpora.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.GetResponse;
import dev.corpora.application.event.EventMessage;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.dataset.DatasetId;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The publisher against a real RabbitMQ, directly and through a proxy that can cut the connection. */
class RabbitEventPublisherTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String CREATED = "dev.corpora.dataset.created";
    private static final String UPDATED = "dev.corpora.dataset.updated";

    private RabbitTestBroker broker;
    private String exchange;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void connect() {
        broker = RabbitTestBroker.connect();
        exchange = broker.newExchangeName();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        broker.close();
    }

    @Test
    void deliversEveryEventInOrderWithItsRoutingKeyAndProperties() throws Exception {
        String queue = broker.queueBoundTo(exchange, "#");
        List<EventMessage> events = List.of(event(CREATED), event(UPDATED), event(UPDATED), event(CREATED));

        publisher(broker.uri(), Duration.ofSeconds(10)).publish(events);

        List<GetResponse> received = broker.take(queue, events.size(), WAIT);
        assertThat(received).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventMessage sent = events.get(i);
            GetResponse got = received.get(i);
            assertThat(got.getEnvelope().getExchange()).isEqualTo(exchange);
            assertThat(got.getEnvelope().getRoutingKey()).isEqualTo(sent.type());
            assertThat(got.getProps().getContentType()).isEqualTo("application/cloudevents+json");
            assertThat(got.getProps().getMessageId()).isEqualTo(sent.id().toString());
            assertThat(got.getProps().getDeliveryMode()).as("persistent").isEqualTo(2);
            assertThat(got.getProps().getTimestamp().toInstant())
                    .isEqualTo(sent.time().truncatedTo(ChronoUnit.SECONDS));
            assertThat(got.getProps().getHeaders().get("organization")).hasToString(sent.organization().value());
            assertThat(new String(got.getBody(), StandardCharsets.UTF_8)).isEqualTo(sent.body());
        }
    }

    @Test
    void aQueueBoundToOneTypeGetsOnlyThatType() throws Exception {
        String createdOnly = broker.queueBoundTo(exchange, CREATED);
        EventMessage created = event(CREATED);

        publisher(broker.uri(), Duration.ofSeconds(10)).publish(List.of(event(UPDATED), created, event(UPDATED)));

        List<GetResponse> received = broker.take(createdOnly, 1, WAIT);
        assertThat(received).extracting(response -> response.getProps().getMessageId())
                .containsExactly(created.id().toString());
    }

    @Test
    void anEmptyBatchNeedsNoBroker() {
        publisher(URI.create("amqp://guest:guest@127.0.0.1:" + closedPort()), Duration.ofSeconds(1))
                .publish(List.of());
    }

    @Test
    void anUnreachableBrokerFailsPromptlyAndALaterPublishGetsThrough() throws Exception {
        String queue = broker.queueBoundTo(exchange, "#");
        CuttableProxy proxy = proxy();
        proxy.cut();
        RabbitEventPublisher publisher = publisher(through(proxy), Duration.ofSeconds(10));

        long start = System.nanoTime();
        assertThatThrownBy(() -> publisher.publish(List.of(event(CREATED))))
                .isInstanceOf(EventsNotDelivered.class)
                .hasMessageContaining("did not confirm 1 events on exchange " + exchange)
                .hasMessageNotContaining("guest:guest");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        proxy.restore();
        EventMessage later = event(UPDATED);
        publisher.publish(List.of(later));
        assertThat(broker.take(queue, 1, WAIT)).extracting(response -> response.getProps().getMessageId())
                .containsExactly(later.id().toString());
    }

    @Test
    void aClosedPortFailsWithinTheConnectTimeout() {
        RabbitEventPublisher publisher =
                publisher(URI.create("amqp://guest:guest@127.0.0.1:" + closedPort()), Duration.ofSeconds(10));

        long start = System.nanoTime();
        assertThatThrownBy(() -> publisher.publish(List.of(event(CREATED))))
                .isInstanceOf(EventsNotDelivered.class)
                .hasMessageContaining("RabbitMQ at amqp://127.0.0.1:");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anOutageInTheMiddleFailsThatPublishAndTheNextOneAfterItReconnects() throws Exception {
        String queue = broker.queueBoundTo(exchange, "#");
        CuttableProxy proxy = proxy();
        RabbitEventPublisher publisher = publisher(through(proxy), Duration.ofSeconds(10));
        EventMessage before = event(CREATED);
        publisher.publish(List.of(before));

        proxy.cut();
        assertThatThrownBy(() -> publisher.publish(List.of(event(UPDATED)))).isInstanceOf(EventsNotDelivered.class);
        assertThatThrownBy(() -> publisher.publish(List.of(event(UPDATED)))).isInstanceOf(EventsNotDelivered.class);

        proxy.restore();
        List<EventMessage> after = List.of(event(UPDATED), event(CREATED), event(UPDATED));
        publisher.publish(after);

        List<String> ids = broker.take(queue, 1 + after.size(), WAIT).stream()
                .map(response -> response.getProps().getMessageId()).toList();
        assertThat(ids).first().isEqualTo(before.id().toString());
        assertThat(ids).endsWith(after.stream().map(event -> event.id().toString()).toArray(String[]::new));
    }

    @Test
    void aBrokerThatStopsAnsweringFailsAtTheConfirmTimeout() throws Exception {
        broker.queueBoundTo(exchange, "#");
        CuttableProxy proxy = proxy();
        RabbitEventPublisher publisher = publisher(through(proxy), Duration.ofMillis(500));
        publisher.publish(List.of(event(CREATED)));

        proxy.stall();
        long start = System.nanoTime();
        assertThatThrownBy(() -> publisher.publish(List.of(event(UPDATED))))
                .isInstanceOf(EventsNotDelivered.class)
                .hasMessageContaining("TimeoutException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        proxy.resume();
        publisher.publish(List.of(event(CREATED)));
    }

    @Test
    void anExchangeDeletedBehindItsBackFailsOnePublishAndIsDeclaredAgain() throws Exception {
        RabbitEventPublisher publisher = publisher(broker.uri(), Duration.ofSeconds(10));
        publisher.publish(List.of(event(CREATED)));

        broker.deleteExchange(exchange);
        assertThatThrownBy(() -> publisher.publish(List.of(event(UPDATED)))).isInstanceOf(EventsNotDelivered.class);

        String queue = broker.queueBoundTo(exchange, "#");
        EventMessage again = event(UPDATED);
        publisher.publish(List.of(again));
        assertThat(broker.take(queue, 1, WAIT)).extracting(response -> response.getProps().getMessageId())
                .containsExactly(again.id().toString());
    }

    private RabbitEventPublisher publisher(URI uri, Duration confirmTimeout) {
        RabbitEventPublisher publisher =
                new RabbitEventPublisher(new RabbitSettings(uri, exchange, confirmTimeout, Duration.ofSeconds(3)));
        toClose.add(publisher);
        return publisher;
    }

    private URI through(CuttableProxy proxy) {
        return broker.uriThrough("127.0.0.1", proxy.port());
    }

    private CuttableProxy proxy() {
        CuttableProxy proxy = CuttableProxy.to(broker.host(), broker.port());
        toClose.add(proxy);
        return proxy;
    }

    private static EventMessage event(String type) {
        UUID id = UUID.randomUUID();
        DatasetId subject = DatasetId.random();
        return new EventMessage(id, type, new OrganizationId("org-" + id.toString().substring(0, 8)), subject,
                Instant.parse("2026-11-30T12:34:56.789Z"),
                "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"subject\":\"" + subject
                        + "\",\"data\":{\"name\":\"Holiday_Photos ✓\"}}");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
