package dev.corpora.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.event.EventPublisher;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bean exists only with a broker URI, and creating it connects to nothing. */
class RabbitEventPublisherWiringTest {

    @Test
    void noPublisherWithoutAUri() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.findBean(EventPublisher.class)).isEmpty();
        }
    }

    @Test
    void noPublisherWithAnEmptyUri() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("corpora.rabbitmq.uri", ""))) {
            assertThat(context.findBean(EventPublisher.class)).isEmpty();
        }
    }

    @Test
    void aUriMakesThePublisherWithoutConnectingToTheBroker() {
        // port 1 refuses: a bean that connected as it is created would fail here
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "corpora.rabbitmq.uri", "amqp://guest:guest@127.0.0.1:1",
                "corpora.rabbitmq.confirm-timeout", "3s"))) {
            assertThat(context.getBean(EventPublisher.class)).isInstanceOf(RabbitEventPublisher.class);
        }
    }
}
