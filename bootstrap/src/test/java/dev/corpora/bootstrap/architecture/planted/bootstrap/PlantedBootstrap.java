package dev.corpora.bootstrap.architecture.planted.bootstrap;

import dev.corpora.bootstrap.architecture.planted.persistence.PlantedPersistence;
import dev.corpora.bootstrap.architecture.planted.rest.PlantedRest;

/** Bootstrap may depend on everything. */
public final class PlantedBootstrap {
    private PlantedBootstrap() {
    }

    public static final class Wiring {
        PlantedRest.CallsAUseCase controller;
        PlantedPersistence.KeepsHttpOut adapter;
    }
}
