package dev.corpora.bootstrap.architecture.planted.messaging;

import com.rabbitmq.client.Channel;
import dev.corpora.bootstrap.architecture.planted.application.PlantedApplication;
import dev.corpora.bootstrap.architecture.planted.persistence.PlantedPersistence;
import dev.corpora.bootstrap.architecture.planted.rest.PlantedRest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Provider;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messaging classes: a publisher that keeps to the core, the RabbitMQ client, Micronaut outside HTTP and
 * jakarta.inject, and one per way to break the allow-list.
 */
public final class PlantedMessaging {
    private PlantedMessaging() {
    }

    /** No bean annotations: the annotation processor would make a bean of a planted class. */
    public static final class PublishesOnTheBroker {
        private static final Logger LOG = LoggerFactory.getLogger(PublishesOnTheBroker.class);
        PlantedApplication.KeepsToTheDomain port;
        Provider<Channel> channels;
        Argument<byte[]> type;
        byte[] body;

        void publish() {
            LOG.info("publishing {} bytes", body.length);
        }
    }

    public static final class UsesTheRestAdapter {
        PlantedRest.CallsAUseCase controller;
    }

    public static final class UsesPersistence {
        PlantedPersistence.KeepsHttpOut adapter;
    }

    public static final class UsesMicronautHttp {
        HttpStatus unavailable = HttpStatus.SERVICE_UNAVAILABLE;
    }

    public static final class UsesJdbc {
        Connection connection;
    }
}
