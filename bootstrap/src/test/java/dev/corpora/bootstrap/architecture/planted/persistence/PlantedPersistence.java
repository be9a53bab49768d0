package dev.corpora.bootstrap.architecture.planted.persistence;

import dev.corpora.bootstrap.architecture.planted.domain.PlantedDomain;
import dev.corpora.bootstrap.architecture.planted.messaging.PlantedMessaging;
import dev.corpora.bootstrap.architecture.planted.rest.PlantedRest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;

/** Persistence classes: one that uses Micronaut but no HTTP, two that reach the web side, one the broker's. */
public final class PlantedPersistence {
    private PlantedPersistence() {
    }

    public static final class KeepsHttpOut {
        Argument<PlantedDomain.KeepsToTheJdk> row;
    }

    public static final class UsesMicronautHttp {
        HttpStatus conflict = HttpStatus.CONFLICT;
    }

    public static final class UsesTheRestAdapter {
        PlantedRest.CallsAUseCase controller;
    }

    public static final class UsesMessaging {
        PlantedMessaging.PublishesOnTheBroker publisher;
    }
}
