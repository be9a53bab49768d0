package dev.corpora.bootstrap.architecture.planted.rest;

import dev.corpora.bootstrap.architecture.planted.api.GeneratedApi;
import dev.corpora.bootstrap.architecture.planted.api.model.GeneratedModel;
import dev.corpora.bootstrap.architecture.planted.application.PlantedApplication;
import dev.corpora.bootstrap.architecture.planted.bootstrap.PlantedBootstrap;
import dev.corpora.bootstrap.architecture.planted.messaging.PlantedMessaging;
import dev.corpora.bootstrap.architecture.planted.persistence.PlantedPersistence;
import dev.corpora.bootstrap.architecture.planted.storage.PlantedStorage;
import dev.corpora.domain.dataset.Datasets;
import io.micronaut.http.HttpStatus;

/**
 * REST adapter classes: a controller that maps, calls a use case and maps back, and helpers (deliberately not
 * named *Controller) that reach storage or bootstrap.
 */
public final class PlantedRest {
    private PlantedRest() {
    }

    public static final class CallsAUseCase implements GeneratedApi {
        PlantedApplication.KeepsToTheDomain useCase;
        HttpStatus status;

        @Override
        public GeneratedModel get() {
            return new GeneratedModel(Integer.toString(useCase.handle(new int[0])));
        }
    }

    public static final class HelperUsingPersistence {
        PlantedPersistence.KeepsHttpOut adapter;
    }

    public static final class HelperUsingAJdbcAdapter {
        PlantedStorage.JdbcWidgets widgets;
    }

    public static final class HelperUsingARepository {
        PlantedStorage.WidgetRepository widgets;
    }

    public static final class HelperUsingAStoragePort {
        Datasets datasets;
    }

    public static final class HelperUsingMessaging {
        PlantedMessaging.PublishesOnTheBroker publisher;
    }

    public static final class HelperUsingBootstrap {
        PlantedBootstrap.Wiring wiring;
    }
}
