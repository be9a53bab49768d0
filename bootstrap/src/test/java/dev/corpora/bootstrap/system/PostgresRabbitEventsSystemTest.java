package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.GetResponse;
import dev.corpora.domain.access.Role;
import dev.corpora.messaging.CuttableProxy;
import dev.corpora.messaging.RabbitTestBroker;
import dev.corpora.persistence.testing.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery to RabbitMQ, on a real PostgreSQL and the machine's broker: every event on the exchange in the order
 * of its dataset's changes and as the feed has it, nothing lost while the broker is cut off, and each event
 * published once by two instances relaying at the same time.
 */
class PostgresRabbitEventsSystemTest {
    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    private RabbitTestBroker broker;
    private PostgresTestDatabase database;
    private String exchange;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeEach
    void connect() {
        broker = RabbitTestBroker.connect();
        database = PostgresTestDatabase.create();
        exchange = broker.newExchangeName();
    }

    @AfterEach
    void close() throws Exception {
        List<AutoCloseable> all = new ArrayList<>(opened);
        all.add(database);
        all.add(broker);
        RunningCorpora.closeAll(all.toArray(AutoCloseable[]::new));
    }

    private RunningCorpora corporaPublishingTo(String uri) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("corpora.rabbitmq.uri", uri);
        settings.put("corpora.rabbitmq.exchange", exchange);
        settings.put("corpora.rabbitmq.connect-timeout", "1s");
        settings.put("corpora.events.retry-backoff", "100ms");
        settings.put("corpora.events.retry-backoff-max", "500ms");
        RunningCorpora corpora = new RunningCorpora(database, settings);
        opened.add(0, corpora);
        return corpora;
    }

    private static String writer(RunningCorpora corpora, String organization) {
        String client = RunningCorpora.uniqueName("rabbit");
        corpora.addClient(client, "secret", organization, Set.of(Role.WRITER));
        return "Bearer " + corpora.login(client, "secret");
    }

    private static String create(RunningCorpora corpora, String writer, String name) {
        HttpResponse<String> created = RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", writer,
                "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\",\"add_to_permit\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return EventFeed.json(created.body()).get("id").asText();
    }

    private static JsonNode body(GetResponse message) {
        return EventFeed.json(new String(message.getBody(), StandardCharsets.UTF_8));
    }

    @Test
    void everyOperationsEventsArriveOnTheExchangeInOrderAsInTheFeed() throws Exception {
        String queue = broker.queueBoundTo(exchange, "#");
        RunningCorpora corpora = corporaPublishingTo(broker.uri().toString());
        String writer = writer(corpora, "org-" + UUID.randomUUID());
        String id = create(corpora, writer, "Delivered");
        String dataset = corpora.baseUrl() + "/api/v1/datasets/" + id;
        assertThat(RawHttp.send("PATCH", dataset, writer, "{\"description\":\"changed\"}").statusCode())
                .isEqualTo(200);
        assertThat(RawHttp.send("DELETE", dataset, writer, null).statusCode()).isEqualTo(200);
        corpora.finishDeletions();

        List<GetResponse> arrived = broker.take(queue, 6, ARRIVAL);

        assertThat(arrived).extracting(message -> message.getEnvelope().getRoutingKey()).containsExactly(
                "dev.corpora.dataset.created", "dev.corpora.permit.resource.created", "dev.corpora.dataset.updated",
                "dev.corpora.dataset.deletion_started", "dev.corpora.dataset.deleted",
                "dev.corpora.permit.resource.deleted");
        List<JsonNode> feed = new EventFeed(corpora, writer).about(id);
        assertThat(arrived).extracting(PostgresRabbitEventsSystemTest::body).containsExactlyElementsOf(feed);
        for (GetResponse message : arrived) {
            JsonNode event = body(message);
            assertThat(message.getProps().getMessageId()).isEqualTo(event.get("id").asText());
            assertThat(message.getProps().getContentType()).isEqualTo("application/cloudevents+json");
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("subject").asText()).isEqualTo(id);
        }
    }

    @Test
    void anOutageLosesNothingTheEventsWaitInTheOutboxAndAllArriveAfterIt() throws Exception {
        String queue = broker.queueBoundTo(exchange, "dev.corpora.dataset.#");
        try (CuttableProxy proxy = CuttableProxy.to(broker.host(), broker.port())) {
            RunningCorpora corpora = corporaPublishingTo(broker.uriThrough("127.0.0.1", proxy.port()).toString());
            String writer = writer(corpora, "org-" + UUID.randomUUID());
            String first = create(corpora, writer, "Before_outage");
            assertThat(broker.take(queue, 1, ARRIVAL)).hasSize(1);
            // cut only once the broker's confirm is in: a cut between delivery and confirm publishes again
            awaitMetrics(corpora, "corpora_events_outbox_backlog(\\{[^}]*})? 0.0");

            proxy.cut();
            List<String> during = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                during.add(create(corpora, writer, "During_outage_" + i));
            }
            awaitMetrics(corpora, "corpora_events_publish_failures_total(\\{[^}]*})? ([1-9][0-9.]*)");
            String metrics = awaitMetrics(corpora, "corpora_events_outbox_backlog(\\{[^}]*})? ([5-9]|[1-9][0-9]+)\\.0");
            assertThat(gauge(metrics, "corpora_events_outbox_backlog")).isGreaterThanOrEqualTo(5);
            assertThat(broker.take(queue, 0, Duration.ofMillis(300))).isEmpty();

            proxy.restore();
            List<GetResponse> arrived = broker.take(queue, 5, ARRIVAL);

            assertThat(arrived).extracting(message -> body(message).get("subject").asText())
                    .containsExactlyElementsOf(during);
            assertThat(first).isNotIn(during);
            awaitMetrics(corpora, "corpora_events_outbox_backlog(\\{[^}]*})? 0.0");
        }
    }

    @Test
    void twoInstancesRelayingAtOnceEachPublishEveryEventOnce() throws Exception {
        String queue = broker.queueBoundTo(exchange, "dev.corpora.dataset.created");
        RunningCorpora first = corporaPublishingTo(broker.uri().toString());
        RunningCorpora second = corporaPublishingTo(broker.uri().toString());
        String organization = "org-" + UUID.randomUUID();
        String firstWriter = writer(first, organization);
        String secondWriter = writer(second, organization);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            created.add(i % 2 == 0 ? create(first, firstWriter, "Twice_" + i)
                    : create(second, secondWriter, "Twice_" + i));
        }

        List<GetResponse> arrived = broker.take(queue, 20, ARRIVAL);
        arrived.addAll(broker.take(queue, 0, Duration.ofSeconds(1)));

        assertThat(arrived).extracting(message -> body(message).get("subject").asText())
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(arrived).extracting(message -> message.getProps().getMessageId()).doesNotHaveDuplicates();
    }

    private static String awaitMetrics(RunningCorpora corpora, String pattern) throws InterruptedException {
        Pattern wanted = Pattern.compile(pattern);
        Instant giveUp = Instant.now().plus(ARRIVAL);
        String metrics = scrape(corpora);
        while (!wanted.matcher(metrics).find() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            metrics = scrape(corpora);
        }
        assertThat(metrics).containsPattern(pattern);
        return metrics;
    }

    private static String scrape(RunningCorpora corpora) {
        return RawHttp.send("GET", corpora.managementUrl() + "/metrics", null, null).body();
    }

    private static double gauge(String metrics, String name) {
        Matcher matcher = Pattern.compile(name + "(\\{[^}]*})? ([0-9.E]+)").matcher(metrics);
        assertThat(matcher.find()).as(name).isTrue();
        return Double.parseDouble(matcher.group(2));
    }
}
